import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describePrivileges } from "./describe-privileges";
import { runOperation } from "./operation";
import { assertRefused, caller, DAY_MS, freshDb, later } from "./write-test-helpers";

describe("DescribePrivileges (console only)", () => {
  test("a partner sees its window, allowlist and applications", async () => {
    const db = await freshDb();
    const unicom = await runOperation(describePrivileges, caller(db, "unicom"), {});
    assert.deepEqual(
      [unicom.quotaId, unicom.isPartner, unicom.valid, unicom.highSpecAllowed, unicom.applications.length],
      ["ec/can_buy_1G_vpconn", true, true, true, 1],
    );
    assert.equal(
      (await runOperation(describePrivileges, caller(db, "unicom", later(DAY_MS)), {})).valid,
      false,
    );
    const equinix = await runOperation(describePrivileges, caller(db, "equinix"), {});
    assert.deepEqual([equinix.valid, equinix.validUntil], [false, "2026-11-20T08:00:00.000Z"]);
  });

  test("a tenant sees nothing of anyone else's; the RAM user is refused", async () => {
    const db = await freshDb();
    const acme = await runOperation(describePrivileges, caller(db, "acme"), {});
    assert.deepEqual([acme.isPartner, acme.valid, acme.applications], [false, false, []]);
    await assertRefused(() => runOperation(describePrivileges, caller(db, "acmeRam"), {}), "Forbidden.RAM");
  });
});
