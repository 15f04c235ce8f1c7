import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SPECS, type Spec } from "./enums";
import {
  checkCanCreateVpconn,
  checkSpecAllowed,
  decidePrivilegeApplication,
  isPrivilegeValid,
  PRIVILEGE_QUOTA_ID,
  privilegeWindow,
} from "./privilege";
import { assertVerdict } from "./test-helpers";
import { unwrap } from "./verdict";

const DAY = 24 * 60 * 60 * 1000;

describe("privilege window", () => {
  test("quota id", () => assert.equal(PRIVILEGE_QUOTA_ID, "ec/can_buy_1G_vpconn"));

  test("one day from application", () => {
    const appliedAt = new Date("2026-11-22T08:00:00Z");
    const { validFrom, validUntil } = privilegeWindow(appliedAt);
    assert.equal(validFrom.toISOString(), "2026-11-22T08:00:00.000Z");
    assert.equal(validUntil.toISOString(), "2026-11-23T08:00:00.000Z");
    assert.notEqual(validFrom, appliedAt);
  });

  test("valid until the last millisecond, invalid at validUntil", () => {
    const validUntil = new Date("2026-11-23T08:00:00Z");
    assert.equal(isPrivilegeValid({ validUntil }, new Date(validUntil.getTime() - 1)), true);
    assert.equal(isPrivilegeValid({ validUntil }, validUntil), false);
    assert.equal(isPrivilegeValid({ validUntil }, new Date(validUntil.getTime() + DAY)), false);
  });

  test("never granted is invalid", () =>
    assert.equal(isPrivilegeValid({ validUntil: null }, new Date()), false));

  test("not valid before validFrom", () => {
    const { validFrom, validUntil } = privilegeWindow(new Date("2026-11-22T08:00:00Z"));
    assert.equal(isPrivilegeValid({ validFrom, validUntil }, new Date(validFrom.getTime() - 1)), false);
    assert.equal(isPrivilegeValid({ validFrom, validUntil }, validFrom), true);
  });
});

describe("checkSpecAllowed", () => {
  // [spec, privilege valid, allowlisted for 2G-10G, expected]
  const cases: [Spec, boolean, boolean, string][] = [
    ...SPECS.slice(0, 7).map((spec): [Spec, boolean, boolean, string] => [spec, true, false, "allowed"]),
    ...(["2G", "5G", "8G", "10G"] as const).flatMap((spec): [Spec, boolean, boolean, string][] => [
      [spec, true, false, "IllegalParam.Bandwidth#HighSpec"],
      [spec, true, true, "allowed"],
    ]),
    ["50M", false, true, "IllegalParam.Bandwidth#Privilege"],
    ["10G", false, false, "IllegalParam.Bandwidth#Privilege"],
  ];
  for (const [spec, privilegeValid, highSpecAllowed, expected] of cases) {
    test(`${spec}, privilege ${privilegeValid ? "valid" : "expired"}, allowlist ${highSpecAllowed}`, () =>
      assertVerdict(
        checkSpecAllowed({ spec, privilegeValid, highSpecAllowed }),
        expected,
        expected === "allowed" ? undefined : "Spec",
      ));
  }

  test("expired privilege answers the wire with the spec in the message", () => {
    const verdict = checkSpecAllowed({ spec: "50M", privilegeValid: false, highSpecAllowed: true });
    assert.ok(!verdict.ok);
    assert.equal(verdict.error.code, "IllegalParam.Bandwidth");
    assert.deepEqual(verdict.error.args, ["50M"]);
    assert.equal(verdict.error.message, "The param of Bandwidth [50M] is illegal.");
  });

  test("field override", () =>
    assertVerdict(
      checkSpecAllowed({ spec: "1G", privilegeValid: false, highSpecAllowed: false, field: "ExpectSpec" }),
      "IllegalParam.Bandwidth#Privilege",
      "ExpectSpec",
    ));
});

describe("checkCanCreateVpconn", () => {
  test("partner may", () => assertVerdict(checkCanCreateVpconn({ isPartner: true }), "allowed"));
  test("non-partner may not", () =>
    assertVerdict(checkCanCreateVpconn({ isPartner: false }), "OperationDenied.CreateVpconn"));
});

describe("decidePrivilegeApplication", () => {
  const now = new Date("2026-11-22T08:00:00Z");
  const partner = { isPartner: true, validFrom: null, validUntil: null };
  test("Valid grants one day from the application", () => {
    const decision = unwrap(decidePrivilegeApplication(partner, "valid", now));
    assert.equal(decision.account.validUntil?.toISOString(), "2026-11-23T08:00:00.000Z");
    assert.deepEqual(decision.application, decision.account);
    assert.equal(isPrivilegeValid(decision.account, now), true);
  });
  test("Invalid ends a running window now", () => {
    const running = {
      ...partner,
      validFrom: new Date(now.getTime() - DAY / 2),
      validUntil: new Date(now.getTime() + DAY / 2),
    };
    const decision = unwrap(decidePrivilegeApplication(running, "invalid", now));
    assert.equal(decision.application, null);
    assert.equal(decision.account.validUntil?.getTime(), now.getTime());
    assert.equal(decision.account.validFrom, running.validFrom);
    assert.equal(isPrivilegeValid(decision.account, now), false);
  });
  test("Invalid keeps a window that already ended", () => {
    const ended = new Date(now.getTime() - DAY);
    assert.equal(
      unwrap(decidePrivilegeApplication({ ...partner, validUntil: ended }, "invalid", now)).account
        .validUntil,
      ended,
    );
  });
  test("only partners apply", () =>
    assertVerdict(
      decidePrivilegeApplication({ ...partner, isPartner: false }, "valid", now),
      "Forbidden#PartnerOnly",
    ));
});
