import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { outboundTransferBills } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { ingestSeries } from "./ingest";
import { meterOutboundTransfer, outboundUsageSoFar } from "./outbound-metering";
import { rollUpTraffic } from "./rollup";

const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
// Partner-paid: its usage fee is the partner's, its outbound transfer still the tenant's.
const BACKUP = DEMO_HOSTED_CONNECTIONS.acmeHzBackup;
const NOV_30 = Date.UTC(2026, 10, 30, 22, 0);

/** Pushes, at the time of the readings, `perMinute` bytes out for `minutes` minutes from `fromMs`. */
async function pushOut(db: Db, instanceId: string, fromMs: number, minutes: number, perMinute: number) {
  const samples = Array.from({ length: minutes + 1 }, (_, m) => ({
    timestampMs: fromMs + m * 60_000,
    value: 5e12 + m * perMinute,
  }));
  const at = new Date(fromMs + minutes * 60_000);
  await ingestSeries(
    db,
    DEMO_ACCOUNTS.unicom.uid,
    [{ labels: { __name__: "ifHCOutOctets", instance_id: instanceId }, samples }],
    at,
  );
  await rollUpTraffic(db, at);
}

async function bills(db: Db) {
  const rows = await withTransaction(db, "read", (tx) => tx.select().from(outboundTransferBills));
  return rows
    .map((b) => [
      b.hostedConnectionId,
      b.payerUid,
      b.month,
      b.bytesOut,
      b.centsPerGb,
      b.amountCents,
      b.currency,
    ])
    .sort();
}

describe("outbound data transfer billing", () => {
  test("a closed month's bill is the pushed bytes times the price, to the tenant, once", async () => {
    const db = await createTestDb({ now: new Date(NOV_30) });
    // 3 hours across the month's end: 120 minutes in November, 60 in December.
    await pushOut(db, PORT, NOV_30, 180, 123_456_789);
    await pushOut(db, BACKUP, NOV_30, 30, 1_000_000_000);
    await meterOutboundTransfer(db, new Date(Date.UTC(2026, 11, 7, 23, 59)));
    assert.deepEqual(
      await bills(db),
      [],
      "November is billed from December 8th, when no sample of it can arrive",
    );
    await meterOutboundTransfer(db, new Date(Date.UTC(2026, 11, 8)));
    const acme = DEMO_ACCOUNTS.acme.uid;
    const portBytes = 120 * 123_456_789;
    assert.deepEqual(await bills(db), [
      [BACKUP, acme, "2026-11", 30_000_000_000, 50, 1_500, "CNY"],
      [PORT, acme, "2026-11", portBytes, 50, Math.ceil((portBytes * 50) / 1e9), "CNY"],
    ]);
    await meterOutboundTransfer(db, new Date(Date.UTC(2026, 11, 9)));
    assert.equal((await bills(db)).length, 2);
  });

  test("the current month's usage so far and its price", async () => {
    const db = await createTestDb({ now: new Date(NOV_30) });
    await pushOut(db, PORT, NOV_30, 180, 123_456_789);
    const usage = await withTransaction(db, "read", (tx) =>
      outboundUsageSoFar(tx, PORT, new Date(Date.UTC(2026, 11, 1, 1))),
    );
    assert.deepEqual(usage, {
      month: "2026-12",
      bytesOut: 60 * 123_456_789,
      amountCents: 371,
      currency: "CNY",
    });
  });
});
