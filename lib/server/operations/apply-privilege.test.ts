import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { applyPrivilege } from "./apply-privilege";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { describePrivileges } from "./describe-privileges";
import { runOperation } from "./operation";
import {
  assertRefused,
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  later,
  row,
  type Who,
} from "./write-test-helpers";

const valid = {
  quotaId: "ec/can_buy_1G_vpconn",
  value: "valid",
  reason: "Equinix Customer: Initech (5210000000000003) requires a 100 Mbit/s connection to Alibaba Cloud.",
  notifyResult: true,
};

const equinixOffer = {
  regionId: "us-east-1",
  physicalConnectionId: DEMO_CIRCUITS.equinixDc11a,
  vpconnAliUid: DEMO_ACCOUNTS.initech.uid,
  vlanId: 1000,
  spec: "100M",
};

describe("ApplyPrivilege (console only)", () => {
  test("Valid grants the privilege for one day from the application; the partner can create again", async () => {
    const db = await freshDb();
    const appliedAt = later(DAY_MS);
    await assertRefused(
      () => runOperation(createVirtualPhysicalConnection, caller(db, "equinix", appliedAt), equinixOffer),
      "IllegalParam.Bandwidth",
    );
    const out = await runOperation(applyPrivilege, caller(db, "equinix", appliedAt), valid);
    assert.deepEqual(
      [out.validFrom, out.validUntil],
      ["2026-11-23T08:00:00.000Z", "2026-11-24T08:00:00.000Z"],
    );
    const application = await row<{
      status: string;
      value: string;
      notify_result: number;
      account_uid: string;
    }>(db, "select * from privilege_applications where id = ?", out.applicationId);
    assert.deepEqual(
      [application.status, application.value, application.notify_result, application.account_uid],
      ["approved", "valid", 1, DEMO_ACCOUNTS.equinix.uid],
    );
    await runOperation(createVirtualPhysicalConnection, caller(db, "equinix", appliedAt), equinixOffer);
    await assertRefused(
      () =>
        runOperation(createVirtualPhysicalConnection, caller(db, "equinix", later(2 * DAY_MS)), {
          ...equinixOffer,
          vlanId: 1001,
        }),
      "IllegalParam.Bandwidth",
    );
  });

  test("Invalid ends the privilege now", async () => {
    const db = await freshDb();
    const at = later(60 * 60 * 1000);
    const out = await runOperation(applyPrivilege, caller(db, "unicom", at), { ...valid, value: "invalid" });
    assert.equal(out.validUntil, at.toISOString());
    const status = await runOperation(describePrivileges, caller(db, "unicom", at), {});
    assert.equal(status.valid, false);
    assert.deepEqual(
      status.applications.map((a) => [a.value, a.validUntil]),
      [
        ["invalid", null],
        ["valid", "2026-11-23T08:00:00.000Z"],
      ],
    );
  });

  test("the quota, a value and a reason are required", async () => {
    const db = await freshDb();
    for (const patch of [{ quotaId: "ec/other" }, { value: "maybe" }, { reason: "" }, { reason: undefined }])
      await assertRefusedUnchanged(
        db,
        () => runOperation(applyPrivilege, caller(db, "unicom"), { ...valid, ...patch }),
        "InvalidParameter",
      );
  });

  describe("only partner accounts apply", () => {
    const cases: [string, Who, string][] = [
      ["a tenant", "acme", "Forbidden#PartnerOnly"],
      ["another tenant", "initech", "Forbidden#PartnerOnly"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(db, () => runOperation(applyPrivilege, caller(db, who), valid), key);
      });
    }
  });
});
