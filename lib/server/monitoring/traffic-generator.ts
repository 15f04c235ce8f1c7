// The demo traffic generator: pushes the diurnal model of lib/domain/demo-traffic.ts for every live
// shared port and VBR through the same remote_write endpoint a partner's Prometheus uses, each with its
// partner's AccessKey. scripts/traffic-generator.ts runs it; `npm start` starts it for the demo set.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { circuits, hostedConnections, vbrs } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { demoCountersAt, phaseOf } from "../../domain/demo-traffic";
import { specMbps } from "../../domain/enums";
import { MINUTE_MS } from "../../domain/traffic";
import { encodeRemoteWrite, type RemoteWriteSeries } from "./remote-write-proto";

export type GeneratorTarget = { instanceId: string; partnerUid: string; capacityMbps: number; phase: number };
export type PartnerKey = { accountUid: string; accessKeyId: string; accessKeySecret: string };

/** Shared ports in service (Enabled) and active VBRs, with what they carry. */
export async function generatorTargets(db: Db): Promise<GeneratorTarget[]> {
  return withTransaction(db, "read", async (tx) => {
    const ports = await tx
      .select({ id: hostedConnections.id, spec: hostedConnections.spec, partnerUid: circuits.ownerUid })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      // A FinancialLocked port (its period ended unrenewed) carries no traffic; its VBR is stopped too.
      .where(
        and(
          eq(hostedConnections.status, "Enabled"),
          ne(hostedConnections.vpconnStatus, "Deleted"),
          ne(hostedConnections.businessStatus, "FinancialLocked"),
        ),
      );
    const routers = await tx
      .select({
        id: vbrs.id,
        portId: vbrs.hostedConnectionId,
        bandwidthMbps: vbrs.bandwidthMbps,
        partnerUid: circuits.ownerUid,
        circuitMbps: circuits.capacityMbps,
      })
      .from(vbrs)
      .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
      .where(inArray(vbrs.status, ["active"]));
    const portSpec = new Map(ports.map((p) => [p.id, specMbps(p.spec)]));
    return [
      ...ports.map((p) => ({
        instanceId: p.id,
        partnerUid: p.partnerUid,
        capacityMbps: specMbps(p.spec),
        phase: phaseOf(p.id),
      })),
      // A VBR on a shared port carries that port's traffic; a legacy VBR its own cap, or its circuit's.
      ...routers.map((r) => ({
        instanceId: r.id,
        partnerUid: r.partnerUid,
        capacityMbps: (r.portId && portSpec.get(r.portId)) || r.bandwidthMbps || r.circuitMbps,
        phase: phaseOf(r.portId ?? r.id),
      })),
    ];
  });
}

/** The targets' counter readings at each whole minute in (fromMs, toMs], as Prometheus would send them. */
export function demoSeries(
  targets: readonly GeneratorTarget[],
  fromMs: number,
  toMs: number,
): RemoteWriteSeries[] {
  const minutes: number[] = [];
  for (let at = Math.floor(fromMs / MINUTE_MS + 1) * MINUTE_MS; at <= toMs; at += MINUTE_MS) minutes.push(at);
  return targets.flatMap((target) => {
    const readings = minutes.map(
      (at) => [at, demoCountersAt(at, target.capacityMbps, target.phase)] as const,
    );
    const labels = (name: string) => ({
      __name__: name,
      instance_id: target.instanceId,
      job: "hosted-connect-demo",
    });
    const counters = Object.keys(readings[0]?.[1] ?? {}) as Array<keyof ReturnType<typeof demoCountersAt>>;
    return [
      ...counters.map((name) => ({
        labels: labels(name),
        samples: readings.map(([timestampMs, counters]) => ({ timestampMs, value: counters[name] })),
      })),
      { labels: labels("ifOperStatus"), samples: minutes.map((timestampMs) => ({ timestampMs, value: 1 })) },
    ];
  });
}

// Under the endpoint's 50,000-sample cap per push.
const MAX_SAMPLES_PER_PUSH = 20_000;
// Eight counters and the link state.
const SERIES_PER_TARGET = 9;

/**
 * Pushes every target's readings in (fromMs, toMs] with its partner's key; targets of a partner without
 * a key are left out. Resolves once every push was stored (204), rejects with the endpoint's answer.
 */
export async function pushDemoTraffic(
  url: string,
  targets: readonly GeneratorTarget[],
  keys: readonly PartnerKey[],
  fromMs: number,
  toMs: number,
): Promise<number> {
  let pushed = 0;
  for (const key of keys) {
    const mine = targets.filter((t) => t.partnerUid === key.accountUid);
    // Each target sends SERIES_PER_TARGET samples a minute: as many targets, then minutes, as fit a push.
    const targetsPerPush = Math.max(1, Math.floor(MAX_SAMPLES_PER_PUSH / SERIES_PER_TARGET));
    for (let i = 0; i < mine.length; i += targetsPerPush) {
      const group = mine.slice(i, i + targetsPerPush);
      const minutesPerPush = Math.max(
        1,
        Math.floor(MAX_SAMPLES_PER_PUSH / (SERIES_PER_TARGET * group.length)),
      );
      for (let from = fromMs; from < toMs; from += minutesPerPush * MINUTE_MS) {
        const series = demoSeries(group, from, Math.min(toMs, from + minutesPerPush * MINUTE_MS));
        if (series.every((s) => s.samples.length === 0)) continue;
        const response = await fetch(url, {
          method: "POST",
          headers: {
            authorization: `Basic ${Buffer.from(`${key.accessKeyId}:${key.accessKeySecret}`).toString("base64")}`,
            "content-encoding": "snappy",
            "content-type": "application/x-protobuf",
            "x-prometheus-remote-write-version": "0.1.0",
          },
          body: new Uint8Array(encodeRemoteWrite(series)),
        });
        if (response.status !== 204)
          throw new Error(`push refused: ${response.status} ${await response.text()}`);
        pushed += series.reduce((n, s) => n + s.samples.length, 0);
      }
    }
  }
  return pushed;
}
