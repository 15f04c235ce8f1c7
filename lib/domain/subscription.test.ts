import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  businessStatusAt,
  checkRenew,
  daysLeft,
  dueExpiryNotice,
  GRACE_PERIOD_DAYS,
  graceEnd,
  noticesSent,
  renewal,
  subscriptionPhase,
} from "./subscription";
import { assertVerdict } from "./test-helpers";

const DAY = 24 * 60 * 60 * 1000;
const END = new Date("2026-12-23T08:00:00Z");
const at = (days: number) => new Date(END.getTime() + days * DAY);

describe("subscription phase", () => {
  const cases: [string, Date | null, Date, string][] = [
    ["no paid period", null, at(0), "unpaid"],
    ["more than 7 days left", END, at(-7.5), "active"],
    ["7 days left", END, at(-7), "expiring"],
    ["a moment before expiry", END, at(-0.0001), "expiring"],
    ["at expiry", END, at(0), "locked"],
    ["in the grace period", END, at(GRACE_PERIOD_DAYS - 0.0001), "locked"],
    ["grace period over", END, at(GRACE_PERIOD_DAYS), "releasable"],
  ];
  for (const [label, end, now, phase] of cases)
    test(label, () => assert.equal(subscriptionPhase(end, now), phase));

  test("locked from expiry on, Normal before", () => {
    assert.equal(businessStatusAt(END, at(-1)), "Normal");
    assert.equal(businessStatusAt(END, at(0)), "FinancialLocked");
    assert.equal(businessStatusAt(END, at(20)), "FinancialLocked");
    assert.equal(businessStatusAt(null, at(0)), "Normal");
  });

  test("released 15 days after expiry", () => assert.deepEqual(graceEnd(END), at(15)));

  test("days left round up, and stop at 0", () => {
    assert.equal(daysLeft(END, at(-6.2)), 7);
    assert.equal(daysLeft(END, at(-1)), 1);
    assert.equal(daysLeft(END, at(3)), 0);
  });
});

describe("expiry notices", () => {
  test("7, 3 and 1 days before, and at expiry, each once", () => {
    assert.equal(dueExpiryNotice(END, at(-8), []), null);
    assert.equal(dueExpiryNotice(END, at(-7), []), "expiresIn7Days");
    assert.equal(dueExpiryNotice(END, at(-6), ["expiresIn7Days"]), null);
    assert.equal(dueExpiryNotice(END, at(-3), ["expiresIn7Days"]), "expiresIn3Days");
    assert.equal(dueExpiryNotice(END, at(-1), ["expiresIn7Days", "expiresIn3Days"]), "expiresIn1Day");
    assert.equal(
      dueExpiryNotice(END, at(0), ["expiresIn7Days", "expiresIn3Days", "expiresIn1Day"]),
      "expired",
    );
    assert.equal(dueExpiryNotice(END, at(1), ["expired"]), null);
  });
  test("several due at once: only the latest goes out", () =>
    assert.equal(dueExpiryNotice(END, at(-0.5), []), "expiresIn1Day"));
  test("no period, no notice", () => assert.equal(dueExpiryNotice(null, at(0), []), null));
  test("the latest notice sent stands for every earlier one", () => {
    assert.deepEqual(noticesSent(null), []);
    assert.deepEqual(noticesSent("expiresIn3Days"), ["expiresIn7Days", "expiresIn3Days"]);
    assert.equal(dueExpiryNotice(END, at(-2), noticesSent("expiresIn3Days")), null);
    assert.equal(dueExpiryNotice(END, at(0), noticesSent("expiresIn3Days")), "expired");
  });
});

describe("renew", () => {
  const port = {
    orderMode: "PayByVirtualPhysicalConnectionOwner" as const,
    paid: true,
    deleted: false,
    endTime: END,
  };
  test("the payer renews a running, expiring or locked port", () => {
    for (const now of [at(-20), at(-3), at(5)]) assertVerdict(checkRenew(port, "tenant", now), "allowed");
  });
  test("only the payer", () => {
    assertVerdict(checkRenew(port, "partner", at(-3)), "Forbidden.OperationNotAllowedByUser#TenantPays");
    assertVerdict(
      checkRenew({ ...port, orderMode: "PayByPhysicalConnectionOwner" }, "tenant", at(-3)),
      "Forbidden.OperationNotAllowedByUser#PartnerPays",
    );
  });
  test("not before the first payment, not once deleted, not after the grace period", () => {
    assertVerdict(
      checkRenew({ ...port, paid: false, endTime: null }, "tenant", at(0)),
      "Forbidden.NotAllowedInState#RenewUnpaid",
    );
    assertVerdict(
      checkRenew({ ...port, deleted: true }, "tenant", at(0)),
      "Forbidden.NotAllowedInState#Deleted",
    );
    assertVerdict(checkRenew(port, "tenant", at(GRACE_PERIOD_DAYS)), "Forbidden.NotAllowedInState#GraceOver");
  });
  test("continues from the expiry, at the bandwidth in force", () => {
    assert.deepEqual(renewal({ spec: "1G", endTime: END }, { period: 2, cycle: "Month" }), {
      amountCents: 260000 * 2,
      from: END,
      until: new Date("2027-02-23T08:00:00Z"),
    });
    assert.equal(
      renewal({ spec: "1G", endTime: END }, { period: 1, cycle: "Year" }).amountCents,
      260000 * 10,
    );
  });
});
