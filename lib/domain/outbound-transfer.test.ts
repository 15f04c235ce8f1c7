import assert from "node:assert/strict";
import { test } from "node:test";
import { billableMonths, billingMonthOf, outboundChargeCents } from "./outbound-transfer";

test("the charge is bytes times the price per GB, in whole cents rounded up", () => {
  assert.equal(outboundChargeCents(0), 0);
  assert.equal(outboundChargeCents(1_000_000_000), 50);
  assert.equal(outboundChargeCents(1_000_000_001), 51);
  assert.equal(outboundChargeCents(3_999_999_999_999), 200_000);
  // 8 PB: bytes × cents is beyond 2^53, the answer still exact.
  assert.equal(outboundChargeCents(8_000_000_000_000_000, 37), 296_000_000);
  assert.throws(() => outboundChargeCents(-1), RangeError);
  assert.throws(() => outboundChargeCents(1.5), RangeError);
});

test("a month is billed from the 8th of the next, in UTC", () => {
  assert.deepEqual(billingMonthOf(Date.UTC(2026, 11, 31, 23, 59)), {
    month: "2026-12",
    startMs: Date.UTC(2026, 11, 1),
    endMs: Date.UTC(2027, 0, 1),
  });
  assert.deepEqual(
    billableMonths(Date.UTC(2026, 11, 8), 2).map((m) => m.month),
    ["2026-11", "2026-10"],
  );
  assert.deepEqual(
    billableMonths(Date.UTC(2026, 11, 7, 23), 1).map((m) => m.month),
    ["2026-10"],
  );
});
