import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { trafficCounters, trafficSamples } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { IngestRefusal, ingestSeries } from "./ingest";
import type { RemoteWriteSeries } from "./remote-write-proto";

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const NOW = new Date(T0 + 3_600_000);
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const unicom = DEMO_ACCOUNTS.unicom.uid;

function counter(name: string, instanceId: string, points: Array<[number, number]>): RemoteWriteSeries {
  return {
    labels: { __name__: name, instance_id: instanceId, job: "snmp" },
    samples: points.map(([minute, value]) => ({ timestampMs: T0 + minute * 60_000, value })),
  };
}

async function rawRows(db: Awaited<ReturnType<typeof createTestDb>>, instanceId: string) {
  return withTransaction(db, "read", (tx) =>
    tx
      .select()
      .from(trafficSamples)
      .where(eq(trafficSamples.instanceId, instanceId))
      .orderBy(trafficSamples.bucketStart),
  );
}

describe("ingesting a partner's counters", () => {
  test("readings become per-minute counts, each in the minute it passed; the first reading only sets the start", async () => {
    const db = await createTestDb({ now: NOW });
    const result = await ingestSeries(
      db,
      unicom,
      [
        counter("ifHCOutOctets", PORT, [
          [0, 1_000],
          [1, 61_000],
          [2, 181_000],
        ]),
        counter("ifHCInUcastPkts", PORT, [
          [0, 5],
          [1, 65],
        ]),
      ],
      NOW,
    );
    assert.deepEqual(result, { samples: 5, ignoredSeries: 0 });
    const rows = await rawRows(db, PORT);
    assert.deepEqual(
      rows.map((r) => [
        r.bucketStart.getTime() - T0,
        r.bytesOut,
        r.packetsIn,
        r.resolutionSeconds,
        r.rollupPending,
      ]),
      [
        [0, 60_000, 60, 60, true],
        [60_000, 120_000, 0, 60, true],
      ],
    );
  });

  test("a counter reset counts the new reading from zero, never a negative count", async () => {
    const db = await createTestDb({ now: NOW });
    await ingestSeries(
      db,
      unicom,
      [
        counter("ifHCOutOctets", PORT, [
          [0, 900],
          [1, 1_000],
          [2, 40],
        ]),
      ],
      NOW,
    );
    const rows = await rawRows(db, PORT);
    assert.deepEqual(
      rows.map((r) => r.bytesOut),
      [100, 40],
    );
  });

  test("a gap spreads its count over the missed minutes, keeping the total", async () => {
    const db = await createTestDb({ now: NOW });
    await ingestSeries(
      db,
      unicom,
      [
        counter("ifHCOutOctets", PORT, [
          [0, 0],
          [4, 1_002],
        ]),
      ],
      NOW,
    );
    const rows = await rawRows(db, PORT);
    assert.deepEqual(
      rows.map((r) => [(r.bucketStart.getTime() - T0) / 60_000, r.bytesOut]),
      [
        [0, 251],
        [1, 251],
        [2, 250],
        [3, 250],
      ],
    );
  });

  test("a resent push is skipped, not counted twice; later pushes continue from the stored counter", async () => {
    const db = await createTestDb({ now: NOW });
    const push = [
      counter("ifHCOutOctets", PORT, [
        [0, 0],
        [1, 600],
      ]),
    ];
    await ingestSeries(db, unicom, push, NOW);
    await ingestSeries(db, unicom, push, NOW);
    await ingestSeries(db, unicom, [counter("ifHCOutOctets", PORT, [[2, 1_000]])], NOW);
    assert.deepEqual(
      (await rawRows(db, PORT)).map((r) => r.bytesOut),
      [600, 400],
    );
  });

  test("unicast, multicast and broadcast packets add into one count; link state is kept per minute", async () => {
    const db = await createTestDb({ now: NOW });
    await ingestSeries(
      db,
      unicom,
      [
        counter("ifHCOutUcastPkts", PORT, [
          [0, 0],
          [1, 10],
        ]),
        counter("ifHCOutMulticastPkts", PORT, [
          [0, 0],
          [1, 2],
        ]),
        counter("ifOperStatus", PORT, [[0, 2]]),
      ],
      NOW,
    );
    const [row] = await rawRows(db, PORT);
    assert.equal(row?.packetsOut, 12);
    assert.equal(row?.linkUp, false);
  });

  test("series of other metrics (up, scrape_duration_seconds) are ignored, not refused", async () => {
    const db = await createTestDb({ now: NOW });
    const result = await ingestSeries(
      db,
      unicom,
      [{ labels: { __name__: "up" }, samples: [{ value: 1, timestampMs: T0 }] }],
      NOW,
    );
    assert.deepEqual(result, { samples: 0, ignoredSeries: 1 });
  });

  test("a VBR on the partner's circuit is accepted like a shared port", async () => {
    const db = await createTestDb({ now: NOW });
    await ingestSeries(
      db,
      unicom,
      [
        counter("ifHCInOctets", DEMO_VBRS.acmeVbrProd, [
          [0, 0],
          [1, 8],
        ]),
      ],
      NOW,
    );
    assert.equal((await rawRows(db, DEMO_VBRS.acmeVbrProd))[0]?.bytesIn, 8);
  });
});

describe("refusing a push stores none of it", () => {
  const refusals: Array<[string, RemoteWriteSeries, number, RegExp]> = [
    [
      "no instance_id label",
      { labels: { __name__: "ifHCOutOctets" }, samples: [{ value: 1, timestampMs: T0 }] },
      400,
      /no instance_id/,
    ],
    [
      "another partner's port",
      counter("ifHCOutOctets", DEMO_HOSTED_CONNECTIONS.acmeHzProd, [[0, 1]]),
      403,
      /not a shared port or VBR on your circuits/,
    ],
    [
      "an unknown instance",
      counter("ifHCOutOctets", "pc-nosuchport", [[0, 1]]),
      403,
      /not a shared port or VBR on your circuits/,
    ],
    ["a negative counter", counter("ifHCOutOctets", PORT, [[0, -1]]), 400, /not a counter/],
    [
      "an infinite counter",
      counter("ifHCOutOctets", PORT, [[0, Number.POSITIVE_INFINITY]]),
      400,
      /not a counter/,
    ],
    [
      "a NaN that is no staleness marker",
      counter("ifHCOutOctets", PORT, [[0, Number.NaN]]),
      400,
      /not a counter/,
    ],
    ["an ifOperStatus of 9", counter("ifOperStatus", PORT, [[0, 9]]), 400, /ifOperStatus from 1 to 7/],
    [
      "a sample 8 days old",
      counter("ifHCOutOctets", PORT, [[-8 * 24 * 60, 1]]),
      400,
      /outside the accepted window/,
    ],
    [
      "a sample an hour ahead",
      counter("ifHCOutOctets", PORT, [[121, 1]]),
      400,
      /outside the accepted window/,
    ],
  ];
  for (const [what, bad, status, message] of refusals) {
    test(`${what}: ${status}`, async () => {
      const db = await createTestDb({ now: NOW });
      const caller = what === "another partner's port" ? DEMO_ACCOUNTS.equinix.uid : unicom;
      const good = counter("ifHCOutOctets", DEMO_HOSTED_CONNECTIONS.acmeHzBackup, [
        [0, 0],
        [1, 5],
      ]);
      await assert.rejects(ingestSeries(db, caller, [good, bad], NOW), (error: unknown) => {
        assert.ok(error instanceof IngestRefusal);
        assert.equal(error.status, status);
        assert.match(error.message, message);
        return true;
      });
      const stored = await withTransaction(db, "read", async (tx) => [
        ...(await tx.select().from(trafficSamples)),
        ...(await tx.select().from(trafficCounters)),
      ]);
      assert.deepEqual(stored, []);
    });
  }

  test("a staleness marker is no sample and no refusal", async () => {
    const db = await createTestDb({ now: NOW });
    const stale = {
      labels: { __name__: "ifHCOutOctets", instance_id: PORT },
      samples: [{ value: Number.NaN, timestampMs: T0, stale: true as const }],
    };
    const result = await ingestSeries(db, unicom, [stale], NOW);
    assert.deepEqual(result, { samples: 0, ignoredSeries: 0 });
  });
});
