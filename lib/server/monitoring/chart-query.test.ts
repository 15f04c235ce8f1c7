import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { describePortTraffic } from "../operations/describe-port-traffic";
import { describeTrafficChart } from "../operations/describe-traffic-chart";
import { runOperation } from "../operations/operation";
import { contextFor } from "../operations/test-helpers";
import { ingestSeries } from "./ingest";
import { rollUpTraffic } from "./rollup";

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const NOW = new Date(T0 + 60 * 60_000);
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd; // 1G, Acme's, on unicom-hz-01
const OFFER = DEMO_HOSTED_CONNECTIONS.globexOffer; // on the same circuit, nothing pushed
const VBR = DEMO_VBRS.acmeVbrProd;
const { acme, globex, unicom, equinix } = DEMO_ACCOUNTS;

/** One reading a minute for an hour from T0: `bytesPerMinute` out, half of it in, 1000 packets, 3 dropped. */
async function pushHour(db: Db, instanceId: string, bytesPerMinute: number) {
  const minutes = Array.from({ length: 61 }, (_, m) => m);
  const series = (name: string, perMinute: number) => ({
    labels: { __name__: name, instance_id: instanceId },
    samples: minutes.map((m) => ({ timestampMs: T0 + m * 60_000, value: 1e9 + m * perMinute })),
  });
  await ingestSeries(
    db,
    unicom.uid,
    [
      series("ifHCOutOctets", bytesPerMinute),
      series("ifHCInOctets", bytesPerMinute / 2),
      series("ifHCOutUcastPkts", 1000),
      series("ifOutDiscards", 3),
    ],
    NOW,
  );
  await rollUpTraffic(db, NOW);
}

async function chart(db: Db, uid: string, input: Record<string, unknown>) {
  const { items } = await runOperation(describeTrafficChart, contextFor(db, uid, NOW), input);
  const [item] = items;
  assert.ok(item);
  return item;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.key;
    throw error;
  }
  assert.fail("expected a refusal");
}

describe("the Monitoring tab's chart", () => {
  test("a port's last hour: a point a minute with rates, bytes and utilisation of its spec", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000); // 100 Mbps out of 1G: 10 %
    const port = await chart(db, acme.uid, { instanceId: PORT, range: "1h" });
    assert.equal(port.periodSeconds, 60);
    assert.equal(port.times.length, 60);
    assert.equal(port.capacityMbps, 1000);
    const last = port.points.at(-1);
    assert.deepEqual(last, {
      bpsIn: 50_000_000,
      bpsOut: 100_000_000,
      ppsIn: 0,
      ppsOut: 16.67,
      droppedPpsIn: 0,
      droppedPpsOut: 0.05,
      bytesIn: 375_000_000,
      bytesOut: 750_000_000,
      utilisation: 10,
    });
    // The partner whose circuit carries it reads the same series.
    assert.deepEqual((await chart(db, unicom.uid, { instanceId: PORT, range: "1h" })).points, port.points);
  });

  test("a day is drawn in 5-minute points and a month in hours, from the rollups", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    const day = await chart(db, acme.uid, { instanceId: PORT, range: "1d" });
    assert.equal(day.periodSeconds, 300);
    assert.equal(day.points.at(-1)?.bytesOut, 5 * 750_000_000);
    const month = await chart(db, acme.uid, { instanceId: PORT, range: "30d" });
    assert.equal(month.periodSeconds, 3600);
    assert.equal(month.points.at(-1)?.bytesOut, 60 * 750_000_000);
    assert.equal(month.points.at(-1)?.utilisation, 10);
  });

  test("the minute of the newest reading has no count yet: it is unreported, not a drop to zero", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    await ingestSeries(
      db,
      unicom.uid,
      [
        {
          labels: { __name__: "ifOperStatus", instance_id: PORT },
          samples: [{ timestampMs: T0 + 60 * 60_000, value: 1 }],
        },
      ],
      NOW,
    );
    const port = await chart(db, acme.uid, {
      instanceId: PORT,
      startTime: T0 + 58 * 60_000,
      endTime: T0 + 61 * 60_000,
    });
    assert.deepEqual(
      port.points.map((p) => p.bpsOut),
      [100_000_000, 100_000_000, null],
    );
  });

  test("a range with nothing reported has every period, and nothing in them", async () => {
    const db = await createTestDb({ now: NOW });
    const empty = await chart(db, globex.uid, { instanceId: OFFER, range: "3h" });
    assert.equal(empty.times.length, 180);
    assert.ok(empty.points.every((p) => p.bpsOut === null && p.bytesOut === null && p.utilisation === null));
  });

  test("a custom range reads between its times; one longer than 31 days is refused", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    const custom = await chart(db, acme.uid, {
      instanceId: PORT,
      startTime: T0 + 10 * 60_000,
      endTime: T0 + 20 * 60_000,
    });
    assert.equal(custom.times.length, 10);
    assert.equal(custom.times[0], (T0 + 10 * 60_000) / 1000);
    assert.equal(
      await refusal(chart(db, acme.uid, { instanceId: PORT, startTime: T0 - 32 * 86_400_000, endTime: T0 })),
      "InvalidParameter",
    );
  });

  test("a circuit is the sum of its ports against its capacity, with each port beside it", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    const circuit = await chart(db, unicom.uid, { instanceId: DEMO_CIRCUITS.unicomHz01, range: "1h" });
    assert.equal(circuit.kind, "circuit");
    assert.equal(circuit.capacityMbps, 10_000);
    assert.equal(circuit.points.at(-1)?.bpsOut, 100_000_000);
    assert.equal(circuit.points.at(-1)?.utilisation, 1);
    const split = Object.fromEntries((circuit.ports ?? []).map((p) => [p.id, p.bpsOut.at(-1)]));
    assert.deepEqual(split, { [PORT]: 100_000_000, [OFFER]: null });
  });

  test("a VBR is charted against its shared port's spec", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, VBR, 750_000_000);
    const vbr = await chart(db, acme.uid, { instanceId: VBR, range: "1h" });
    assert.equal(vbr.capacityMbps, 1000);
    assert.equal(vbr.points.at(-1)?.utilisation, 10);
  });

  test("another account's port, VBR or circuit is answered as one that does not exist", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    for (const [uid, instanceId] of [
      [globex.uid, PORT],
      [equinix.uid, PORT],
      [globex.uid, VBR],
      [acme.uid, DEMO_CIRCUITS.unicomHz01],
      [equinix.uid, DEMO_CIRCUITS.unicomHz01],
    ] as const) {
      assert.equal(
        await refusal(chart(db, uid, { instanceId, range: "1h" })),
        "ResourceNotFound",
        instanceId,
      );
    }
  });
});

describe("a page of ports' traffic", () => {
  test("recent utilisation and the month's outbound transfer, for the ports the caller may read", async () => {
    const db = await createTestDb({ now: NOW });
    await pushHour(db, PORT, 750_000_000);
    const read = async (uid: string) =>
      (
        await runOperation(describePortTraffic, contextFor(db, uid, NOW), {
          hostedConnectionIds: [PORT, OFFER],
        })
      ).items;
    const partner = await read(unicom.uid);
    assert.deepEqual(partner, [
      {
        id: PORT,
        utilisationPercent: 10,
        month: "2026-12",
        bytesOutThisMonth: 60 * 750_000_000,
        amountCentsThisMonth: Math.ceil((60 * 750_000_000 * 50) / 1e9),
        currency: "CNY",
      },
      {
        id: OFFER,
        utilisationPercent: null,
        month: "2026-12",
        bytesOutThisMonth: 0,
        amountCentsThisMonth: 0,
        currency: "CNY",
      },
    ]);
    assert.deepEqual(
      (await read(acme.uid)).map((p) => p.id),
      [PORT],
    );
    assert.deepEqual(await read(equinix.uid), []);
  });
});
