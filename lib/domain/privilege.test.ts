import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SPECS } from "./enums";
import { DomainError } from "./errors";
import {
  decidePrivilegeApplication,
  assertCanCreateVpconn,
  assertSpecAllowed,
  isPrivilegeValid,
  PRIVILEGE_QUOTA_ID,
  privilegeWindow,
} from "./privilege";
import { assertThrowsKey } from "./test-helpers";

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

describe("assertSpecAllowed", () => {
  test("every normal spec with a valid privilege", () => {
    for (const spec of SPECS.slice(0, 7)) {
      assert.doesNotThrow(
        () => assertSpecAllowed({ spec, privilegeValid: true, highSpecAllowed: false }),
        spec,
      );
    }
  });

  test("high specs need the allowlist", () => {
    for (const spec of ["2G", "5G", "8G", "10G"] as const) {
      assertThrowsKey(
        () => assertSpecAllowed({ spec, privilegeValid: true, highSpecAllowed: false }),
        "IllegalParam.Bandwidth",
        "Spec",
      );
      assert.doesNotThrow(() => assertSpecAllowed({ spec, privilegeValid: true, highSpecAllowed: true }));
    }
  });

  test("expired privilege refuses with the spec in the message", () => {
    try {
      assertSpecAllowed({ spec: "50M", privilegeValid: false, highSpecAllowed: true });
      assert.fail("should throw");
    } catch (e) {
      assert.ok(e instanceof DomainError);
      assert.equal(e.code, "IllegalParam.Bandwidth");
      assert.deepEqual(e.args, ["50M"]);
      assert.equal(e.message, "The param of Bandwidth [50M] is illegal.");
    }
  });

  test("field override", () =>
    assertThrowsKey(
      () =>
        assertSpecAllowed({ spec: "1G", privilegeValid: false, highSpecAllowed: false, field: "ExpectSpec" }),
      "IllegalParam.Bandwidth",
      "ExpectSpec",
    ));
});

describe("assertCanCreateVpconn", () => {
  test("partner may", () => assert.doesNotThrow(() => assertCanCreateVpconn({ isPartner: true })));
  test("non-partner may not", () =>
    assertThrowsKey(() => assertCanCreateVpconn({ isPartner: false }), "OperationDenied.CreateVpconn"));
});

describe("decidePrivilegeApplication", () => {
  const now = new Date("2026-11-22T08:00:00Z");
  const partner = { isPartner: true, validFrom: null, validUntil: null };
  test("Valid grants one day from the application", () => {
    const decision = decidePrivilegeApplication(partner, "valid", now);
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
    const decision = decidePrivilegeApplication(running, "invalid", now);
    assert.equal(decision.application, null);
    assert.equal(decision.account.validUntil?.getTime(), now.getTime());
    assert.equal(decision.account.validFrom, running.validFrom);
    assert.equal(isPrivilegeValid(decision.account, now), false);
  });
  test("Invalid keeps a window that already ended", () => {
    const ended = new Date(now.getTime() - DAY);
    assert.equal(
      decidePrivilegeApplication({ ...partner, validUntil: ended }, "invalid", now).account.validUntil,
      ended,
    );
  });
  test("only partners apply", () =>
    assertThrowsKey(
      () => decidePrivilegeApplication({ ...partner, isPartner: false }, "valid", now),
      "Forbidden#PartnerOnly",
    ));
});
