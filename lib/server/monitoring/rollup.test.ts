import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { trafficSamples } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { ingestSeries } from "./ingest";
import { pruneTraffic, rollUpTraffic } from "./rollup";

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const unicom = DEMO_ACCOUNTS.unicom.uid;

/** Pushes bytesOut readings growing by `perMinute` each minute from `fromMinute` to `toMinute`. */
async function push(db: Db, now: Date, fromMinute: number, toMinute: number, perMinute: number, link = 1) {
  const samples = [];
  for (let m = fromMinute; m <= toMinute; m++)
    samples.push({ timestampMs: T0 + m * 60_000, value: m * perMinute });
  await ingestSeries(
    db,
    unicom,
    [
      { labels: { __name__: "ifHCOutOctets", instance_id: PORT }, samples },
      {
        labels: { __name__: "ifOperStatus", instance_id: PORT },
        samples: [{ timestampMs: T0 + toMinute * 60_000, value: link }],
      },
    ],
    now,
  );
}

async function rows(db: Db, resolution: number) {
  const found = await withTransaction(db, "read", (tx) =>
    tx
      .select()
      .from(trafficSamples)
      .where(and(eq(trafficSamples.instanceId, PORT), eq(trafficSamples.resolutionSeconds, resolution)))
      .orderBy(trafficSamples.bucketStart),
  );
  return found.map((r) => [(r.bucketStart.getTime() - T0) / 60_000, r.bytesOut, r.linkUp, r.rollupPending]);
}

describe("rolling up raw minutes", () => {
  test("5-minute and hourly buckets hold the sums of their minutes; the raw minutes are no longer pending", async () => {
    const now = new Date(T0 + 2 * 3_600_000);
    const db = await createTestDb({ now });
    await push(db, now, 0, 70, 100);
    await rollUpTraffic(db, now);
    const five = await rows(db, 300);
    assert.deepEqual(five[0], [0, 500, null, false]);
    assert.deepEqual(five[1], [5, 500, null, false]);
    assert.equal(five.length, 15);
    assert.deepEqual(five.at(-1), [70, 0, true, false]);
    assert.deepEqual(await rows(db, 3600), [
      [0, 6_000, null, false],
      [60, 1_000, true, false],
    ]);
    assert.ok((await rows(db, 60)).every((r) => r[3] === false));
  });

  test("a later push into a rolled-up hour recomputes it; a second run changes nothing", async () => {
    const now = new Date(T0 + 2 * 3_600_000);
    const db = await createTestDb({ now });
    await push(db, now, 0, 10, 100);
    await rollUpTraffic(db, now);
    await push(db, now, 11, 12, 100, 2);
    await rollUpTraffic(db, now);
    const hourly = await rows(db, 3600);
    assert.deepEqual(hourly, [[0, 1_200, false, false]]);
    await rollUpTraffic(db, now);
    assert.deepEqual(await rows(db, 3600), hourly);
  });

  test("more pending instances than one batch are all rolled up", async () => {
    const now = new Date(T0 + 3_600_000);
    const db = await createTestDb({ now });
    await withTransaction(db, "write", (tx) =>
      tx.insert(trafficSamples).values(
        Array.from({ length: 250 }, (_, i) => ({
          instanceId: `pc-test${i}`,
          resolutionSeconds: 60,
          bucketStart: new Date(T0),
          bytesOut: i,
          rollupPending: true,
        })),
      ),
    );
    await rollUpTraffic(db, now);
    const hourly = await withTransaction(db, "read", (tx) =>
      tx.select().from(trafficSamples).where(eq(trafficSamples.resolutionSeconds, 3600)),
    );
    assert.equal(hourly.length, 250);
  });
});

describe("pruning", () => {
  test("each resolution keeps its retention: raw 7 days, 5-minute 30 days, hourly 13 months", async () => {
    const db = await createTestDb({ now: new Date(T0) });
    const day = 24 * 3_600_000;
    const row = (resolutionSeconds: number, ageDays: number, rollupPending = false) => ({
      instanceId: PORT,
      resolutionSeconds,
      bucketStart: new Date(T0 - ageDays * day),
      rollupPending,
    });
    await withTransaction(db, "write", (tx) =>
      tx
        .insert(trafficSamples)
        .values([
          row(60, 6.9),
          row(60, 7.1),
          row(60, 7.2, true),
          row(60, 40),
          row(300, 29),
          row(300, 31),
          row(3600, 390),
          row(3600, 400),
        ]),
    );
    await pruneTraffic(db, new Date(T0));
    const left = await withTransaction(db, "read", (tx) =>
      tx.select().from(trafficSamples).orderBy(trafficSamples.resolutionSeconds, trafficSamples.bucketStart),
    );
    assert.deepEqual(
      left.map((r) => [r.resolutionSeconds, Math.round(((T0 - r.bucketStart.getTime()) / day) * 10) / 10]),
      [
        [60, 7.2],
        [60, 6.9],
        [300, 29],
        [3600, 390],
      ],
    );
  });
});
