// Traffic monitoring figures (part of `npm run bench`, or alone: `npx tsx bench/monitoring.ts`): an estate
// of 10,000 shared ports reporting every minute pushed through the remote_write handler in process
// (snappy, protobuf, AccessKey check and ingest; no HTTP), the rollup of those minutes, the storage a port
// takes, and DescribeMetricList for one port over 1 h, 24 h, 7 d and 30 d with that estate stored.
//
//   BENCH_MONITORING_PORTS=10000     ports in the estate
//   BENCH_MONITORING_MINUTES=5       minutes of readings pushed (the first only sets the counters' start)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../db/client";

export type MonitoringFigures = {
  ports: number;
  minutes: number;
  samples: number;
  ingestSeconds: number;
  samplesPerSecond: number;
  rollupSeconds: number;
  bytesPerRow: number;
  rowsPerPortRetained: number;
  bytesPerPortRetained: number;
  bytesPerPortWrittenPerMonth: number;
  queries: Array<{ range: string; period: number; points: number; medianMs: number; p99Ms: number }>;
};

const DAY_MS = 86_400_000;
const BATCH_SAMPLES = 2_000;

export async function benchMonitoring(dir: string): Promise<MonitoringFigures> {
  const ports = Number(process.env.BENCH_MONITORING_PORTS ?? 10_000);
  const minutes = Number(process.env.BENCH_MONITORING_MINUTES ?? 5);
  const file = path.join(dir, "monitoring.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const { openDb } = await import("../db/client");
  const { seedSqlite, DEMO_ACCOUNTS, DEMO_CIRCUITS } = await import("../db/seed");
  const schema = await import("../db/schema");
  const { withTransaction } = await import("../db/transaction");
  const { ensureDemoAccessKeys } = await import("../lib/server/access-keys");
  const { handleRemoteWrite } = await import("../lib/server/monitoring/remote-write-handler");
  const { encodeRemoteWrite } = await import("../lib/server/monitoring/remote-write-proto");
  const { rollUpTraffic } = await import("../lib/server/monitoring/rollup");
  const { describeMetricList } = await import("../lib/server/monitoring/operations");
  const { runOperation } = await import("../lib/server/operations/operation");
  const { newRequestId } = await import("../lib/server/ids");
  const { summarize } = await import("./lib/stats");

  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const db: Db = openDb(file);
  seedSqlite(db, new Date(now));
  const key = (await ensureDemoAccessKeys(db)).find((k) => k.accountUid === DEMO_ACCOUNTS.unicom.uid);
  if (!key) throw new Error("no demo key for China Unicom");
  const ids = Array.from({ length: ports }, (_, i) => `pc-bench${String(i).padStart(6, "0")}`);
  await withTransaction(db, "write", async (tx) => {
    for (let i = 0; i < ids.length; i += 500) {
      await tx.insert(schema.hostedConnections).values(
        ids.slice(i, i + 500).map((id) => ({
          id,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          tenantUid: DEMO_ACCOUNTS.acme.uid,
          spec: "1G" as const,
          orderMode: "PayByVirtualPhysicalConnectionOwner" as const,
          status: "Enabled" as const,
          vpconnStatus: "Confirmed" as const,
          paid: true,
          createdByUid: DEMO_ACCOUNTS.unicom.uid,
        })),
      );
    }
  });
  const pageBytes = () => {
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    return (
      Number(db.$client.pragma("page_count", { simple: true })) *
      Number(db.$client.pragma("page_size", { simple: true }))
    );
  };
  const before = pageBytes();

  // Each port reports its nine series (eight counters and the link) once a minute, as snmp_exporter would.
  const names = [
    "ifHCInOctets",
    "ifHCOutOctets",
    "ifHCInUcastPkts",
    "ifHCOutUcastPkts",
    "ifInDiscards",
    "ifOutDiscards",
    "hostedConnectInDiscardOctets",
    "hostedConnectOutDiscardOctets",
  ];
  const authorization = `Basic ${Buffer.from(`${key.accessKeyId}:${key.accessKeySecret}`).toString("base64")}`;
  const start = now - minutes * 60_000;
  let samples = 0;
  let ingestMs = 0;
  for (let m = 0; m < minutes; m++) {
    const at = start + m * 60_000;
    const series = ids.flatMap((id, p) => [
      ...names.map((name, n) => ({
        labels: { __name__: name, instance_id: id },
        samples: [{ timestampMs: at, value: (m + 1) * (1_000_000 + p + n) }],
      })),
      { labels: { __name__: "ifOperStatus", instance_id: id }, samples: [{ timestampMs: at, value: 1 }] },
    ]);
    for (let i = 0; i < series.length; i += BATCH_SAMPLES) {
      const body = encodeRemoteWrite(series.slice(i, i + BATCH_SAMPLES));
      const t0 = performance.now();
      const answer = await handleRemoteWrite(
        { headers: { authorization, "content-encoding": "snappy" }, body },
        db,
        new Date(now),
      );
      ingestMs += performance.now() - t0;
      if (answer.status !== 204) throw new Error(`push refused: ${answer.status} ${answer.body}`);
      samples += Math.min(BATCH_SAMPLES, series.length - i);
    }
  }
  const t1 = performance.now();
  await rollUpTraffic(db, new Date(now));
  const rollupMs = performance.now() - t1;
  const rows = await withTransaction(db, "read", (tx) => tx.$count(schema.trafficSamples));
  const bytesPerRow = (pageBytes() - before) / rows;

  // One port with its whole history: 7 days of minutes, 30 days of 5-minute and hourly buckets.
  const target = ids[0] as string;
  const history = (resolutionSeconds: number, days: number) =>
    Array.from({ length: (days * 86_400) / resolutionSeconds }, (_, i) => ({
      instanceId: target,
      resolutionSeconds,
      bucketStart: new Date(start - (i + 1) * resolutionSeconds * 1000),
      bytesOut: 7_500_000_000 * (resolutionSeconds / 60),
      packetsOut: 8_000_000 * (resolutionSeconds / 60),
      linkUp: true,
    }));
  await withTransaction(db, "write", async (tx) => {
    for (const rowsOf of [history(60, 7), history(300, 30), history(3600, 30)]) {
      for (let i = 0; i < rowsOf.length; i += 500) {
        await tx
          .insert(schema.trafficSamples)
          .values(rowsOf.slice(i, i + 500))
          .onConflictDoNothing();
      }
    }
  });
  const ranges: Array<[string, number, number]> = [
    ["1 h", 3_600_000, 60],
    ["24 h", DAY_MS, 300],
    ["7 d", 7 * DAY_MS, 1800],
    ["30 d", 30 * DAY_MS, 3600],
  ];
  const queries: MonitoringFigures["queries"] = [];
  for (const [range, spanMs, period] of ranges) {
    const timings: number[] = [];
    let points = 0;
    for (let run = 0; run < 21; run++) {
      const ctx = {
        db,
        caller: { accountUid: DEMO_ACCOUNTS.unicom.uid, via: "api" as const },
        requestId: newRequestId(),
        now: new Date(now),
      };
      const t0 = performance.now();
      const out = await runOperation(describeMetricList, ctx, {
        namespace: "acs_physical_connection",
        metricName: "RateOutToIDC",
        dimensions: JSON.stringify([{ instanceId: target }]),
        period,
        startTime: String(now - spanMs),
        endTime: String(now),
        length: 1440,
      });
      if (run > 0) timings.push(performance.now() - t0);
      points = (out as { datapoints: unknown[] }).datapoints.length;
    }
    const s = summarize(timings);
    queries.push({ range, period, points, medianMs: s.median, p99Ms: s.p99 });
  }
  db.$client.close();

  // Retained at steady state: 7 days of minutes, 30 days of 5-minute buckets, 13 months of hours.
  const rowsPerPortRetained = 7 * 1440 + 30 * 288 + 395 * 24;
  return {
    ports,
    minutes,
    samples,
    ingestSeconds: ingestMs / 1000,
    samplesPerSecond: samples / (ingestMs / 1000),
    rollupSeconds: rollupMs / 1000,
    bytesPerRow,
    rowsPerPortRetained,
    bytesPerPortRetained: rowsPerPortRetained * bytesPerRow,
    bytesPerPortWrittenPerMonth: (30 * 1440 + 30 * 288 + 30 * 24) * bytesPerRow,
    queries,
  };
}

export async function printMonitoring(figures: MonitoringFigures, log: (line: string) => void) {
  const { heading, ms, num, table } = await import("./lib/stats");
  log(heading(`Traffic monitoring: ${num(figures.ports)} shared ports reporting every minute`));
  log(
    `Load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  log(
    `Ingest (remote_write handler in process): ${num(figures.samples)} samples in ${figures.ingestSeconds.toFixed(1)} s = ${num(figures.samplesPerSecond)} samples/s; a minute of the estate is ${num(figures.ports * 9)} samples.`,
  );
  log(`Rollup of those ${figures.minutes} minutes: ${figures.rollupSeconds.toFixed(1)} s.`);
  log(
    `Storage (SQLite): ${figures.bytesPerRow.toFixed(0)} B per stored bucket; a port keeps ${num(figures.rowsPerPortRetained)} buckets at steady state = ${(figures.bytesPerPortRetained / 1e6).toFixed(1)} MB, and writes ${(figures.bytesPerPortWrittenPerMonth / 1e6).toFixed(1)} MB a month.`,
  );
  log(
    table(
      ["DescribeMetricList, one port", "period s", "points", "median ms", "p99 ms"],
      figures.queries.map((q) => [q.range, q.period, q.points, ms(q.medianMs), ms(q.p99Ms)]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.join(process.cwd(), "data", "bench");
  fs.mkdirSync(dir, { recursive: true });
  await printMonitoring(await benchMonitoring(dir), console.log);
}
