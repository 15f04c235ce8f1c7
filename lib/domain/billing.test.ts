import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  addMonthsUtc,
  checkPeriod,
  checkShownPrice,
  DEMO_PRICE_LIST,
  monthlyPriceCents,
  orderAmountCents,
  periodEnd,
  periodSchema,
  pricingCycleSchema,
  refundCents,
  specChangeCents,
  unusedPart,
} from "./billing";
import { SPECS } from "./enums";
import { assertThrowsKey, assertVerdict } from "./test-helpers";

const at = (iso: string) => new Date(iso);

describe("demo price list", () => {
  test("is marked as demo pricing and prices every spec in whole cents", () => {
    assert.match(DEMO_PRICE_LIST.notice, /DEMO PRICING/);
    for (const spec of SPECS)
      assert.ok(Number.isInteger(monthlyPriceCents(spec)) && monthlyPriceCents(spec) > 0);
  });
  test("a bigger spec never costs less", () => {
    const monthly = SPECS.map(monthlyPriceCents);
    assert.deepEqual(
      monthly,
      [...monthly].sort((a, b) => a - b),
    );
  });
});

describe("order amount", () => {
  test("Month: monthly price × period", () => {
    assert.equal(orderAmountCents("1G", 1, "Month"), 260000);
    assert.equal(orderAmountCents("50M", 9, "Month"), 270000);
  });
  test("Year: 10 months billed per year", () => {
    assert.equal(orderAmountCents("1G", 1, "Year"), 2600000);
    assert.equal(orderAmountCents("200M", 5, "Year"), 80000 * 10 * 5);
  });
  test("period limits per cycle", () => {
    assertVerdict(checkPeriod("Month", 9), "allowed");
    assertVerdict(checkPeriod("Year", 5), "allowed");
    for (const [cycle, period] of [
      ["Month", 0],
      ["Month", 10],
      ["Year", 6],
      ["Month", 1.5],
    ] as const) {
      assertVerdict(checkPeriod(cycle, period), "InvalidPhysicalConnectionPeriod.Malformed", "Period");
      assertThrowsKey(
        () => orderAmountCents("1G", period, cycle),
        "InvalidPhysicalConnectionPeriod.Malformed",
        "Period",
      );
    }
  });
  test("schemas map to the documented codes", () => {
    assert.equal(pricingCycleSchema.parse(undefined), "Month");
    assert.equal(
      pricingCycleSchema.safeParse("Week").error?.issues[0]?.message,
      "InvalidPhysicalConnectionPricingCycle.Malformed",
    );
    assert.equal(periodSchema.parse("3"), 3);
    assert.equal(
      periodSchema.safeParse("x").error?.issues[0]?.message,
      "InvalidPhysicalConnectionPeriod.Malformed",
    );
  });
});

describe("expiry", () => {
  test("calendar months in UTC, clamped to the month's last day", () => {
    assert.equal(addMonthsUtc(at("2026-01-31T10:00:00Z"), 1).toISOString(), "2026-02-28T10:00:00.000Z");
    assert.equal(addMonthsUtc(at("2028-01-31T10:00:00Z"), 1).toISOString(), "2028-02-29T10:00:00.000Z");
    assert.equal(addMonthsUtc(at("2026-11-22T08:00:00Z"), 2).toISOString(), "2027-01-22T08:00:00.000Z");
  });
  test("a year is twelve months", () =>
    assert.equal(periodEnd(at("2026-11-22T08:00:00Z"), 2, "Year").toISOString(), "2028-11-22T08:00:00.000Z"));
});

describe("refund", () => {
  const window = { from: at("2026-11-01T00:00:00Z"), until: at("2026-12-01T00:00:00Z") };
  test("the unused part, rounded down to a cent", () => {
    // 30 days paid 100000 cents; 20 days left → 66666.67 → 66666.
    assert.equal(refundCents(100000, window, at("2026-11-11T00:00:00Z")), 66666);
  });
  test("exact halves stay exact", () =>
    assert.equal(refundCents(260000, window, at("2026-11-16T00:00:00Z")), 130000));
  test("everything before the period starts, nothing after it ends", () => {
    assert.equal(refundCents(260000, window, at("2026-10-01T00:00:00Z")), 260000);
    assert.equal(refundCents(260000, window, window.until), 0);
    assert.equal(refundCents(260000, window, at("2027-01-01T00:00:00Z")), 0);
  });
  test("large amounts over long periods stay exact (no float rounding)", () => {
    const long = { from: at("2026-01-01T00:00:00Z"), until: at("2031-01-01T00:00:00Z") };
    const amount = orderAmountCents("10G", 5, "Year");
    const now = at("2026-01-01T00:00:00.001Z");
    const totalMs = BigInt(long.until.getTime() - long.from.getTime());
    assert.equal(BigInt(refundCents(amount, long, now)), (BigInt(amount) * (totalMs - 1n)) / totalMs);
  });
});

describe("specChangeCents", () => {
  const window = { from: at("2026-11-01T00:00:00Z"), until: at("2026-12-01T00:00:00Z") };
  const first = { term: { period: 1, cycle: "Month" as const }, window };
  test("an upgrade pays the price difference for what is left, rounded up", () => {
    // 1G − 500M = 100000 cents; 20 of 30 days left → 66666.67 → 66667.
    assert.equal(specChangeCents("500M", "1G", [first], at("2026-11-11T00:00:00Z")), 66667);
  });
  test("a downgrade refunds the difference for what is left, rounded down", () =>
    assert.equal(specChangeCents("1G", "500M", [first], at("2026-11-11T00:00:00Z")), -66666));
  test("a renewal not started yet counts whole; an ended term counts nothing", () => {
    const renewal = {
      term: { period: 2, cycle: "Month" as const },
      window: { from: window.until, until: at("2027-02-01T00:00:00Z") },
    };
    // First term: 66667 (as above); the renewal: two months' difference, 200000, all of it still ahead.
    assert.equal(specChangeCents("500M", "1G", [first, renewal], at("2026-11-11T00:00:00Z")), 266667);
    assert.equal(specChangeCents("500M", "1G", [first, renewal], at("2026-12-01T00:00:00Z")), 200000);
  });
});

describe("unusedPart (the refund rule)", () => {
  const window = { from: at("2026-11-01T00:00:00Z"), until: at("2026-12-01T00:00:00Z") };
  const paid = { term: { period: 1, cycle: "Month" as const }, window };
  test("the term's price at the bandwidth in force, for the unused share of its window", () => {
    const part = unusedPart("1G", paid, at("2026-11-11T00:00:00Z"));
    assert.deepEqual(part, {
      valueCents: orderAmountCents("1G", 1, "Month"),
      leftMs: 20 * 86_400_000,
      totalMs: 30 * 86_400_000,
      refundCents: Math.floor((orderAmountCents("1G", 1, "Month") * 2) / 3),
    });
  });
  test("after an upgrade mid-period, what was paid and not used comes back, to the cent", () => {
    const now = at("2026-11-11T00:00:00Z");
    const paidFirst = orderAmountCents("500M", 1, "Month");
    const upgrade = specChangeCents("500M", "1G", [paid], now);
    const deletion = at("2026-11-21T00:00:00Z");
    // Used: 10 days at 500M and 10 days at 1G; the refund is the rest.
    const used = (orderAmountCents("500M", 1, "Month") + orderAmountCents("1G", 1, "Month")) / 3;
    // 160000 + 66667 − 140000 = 86667 paid and unused; the charge rounded up and the refund rounds down.
    const unused = paidFirst + upgrade - used;
    assert.equal(unused, 86667);
    assert.equal(unusedPart("1G", paid, deletion).refundCents, 86666);
  });
  test("an ended term refunds nothing, a term not started yet everything", () => {
    assert.equal(unusedPart("1G", paid, at("2026-12-02T00:00:00Z")).refundCents, 0);
    assert.equal(
      unusedPart("1G", paid, at("2026-10-01T00:00:00Z")).refundCents,
      orderAmountCents("1G", 1, "Month"),
    );
  });
});

describe("checkShownPrice", () => {
  const quoted = { spec: "200M" as const, amountCents: 80000 };
  test("what was shown is what is charged", () => {
    assertVerdict(checkShownPrice({ spec: "200M", amountCents: 80000 }, quoted), "allowed");
    assertVerdict(checkShownPrice({}, quoted), "allowed");
  });
  test("a Spec that moved since it was shown is refused", () =>
    assertVerdict(
      checkShownPrice({ spec: "5G", amountCents: 80000 }, quoted),
      "Forbidden.NotAllowedInState#PriceChanged",
    ));
  test("less than the amount shown is charged: an upgrade's rest of the period shrinks while one reads", () =>
    assertVerdict(checkShownPrice({ spec: "200M", amountCents: 80001 }, quoted), "allowed"));
  test("more than the amount shown is refused", () =>
    assertVerdict(
      checkShownPrice({ spec: "200M", amountCents: 79999 }, quoted),
      "Forbidden.NotAllowedInState#PriceChanged",
    ));
});
