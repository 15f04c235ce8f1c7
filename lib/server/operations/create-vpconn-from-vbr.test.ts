import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { runOperation } from "./operation";
import {
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  portRow,
  row,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

async function capped(mbps = 150) {
  const db = await freshDb();
  await sqlRun(db, "update vbrs set bandwidth_mbps = ? where id = ?", mbps, DEMO_VBRS.globexLegacy);
  return db;
}

describe("CreateVpconnFromVbr", () => {
  test("a shared port for the VBR's owner, Pending for Acceptance, on the VBR's VLAN", async () => {
    const db = await capped(1000);
    const { virtualPhysicalConnection: id } = await runOperation(
      createVpconnFromVbr,
      caller(db, "unicom"),
      legacy,
    );
    const port = await portRow(db, id);
    assert.deepEqual(
      [port.status, port.vpconn_status, port.spec, port.vlan_id],
      ["Allocated", "UnConfirmed", "1G", 202],
    );
    const owner = await row<{ tenant_uid: string; order_mode: string }>(
      db,
      "select * from hosted_connections where id = ?",
      id,
    );
    assert.deepEqual(
      [owner.tenant_uid, owner.order_mode],
      [DEMO_ACCOUNTS.globex.uid, "PayByVirtualPhysicalConnectionOwner"],
      "the tenant pays by default",
    );
  });

  test("the partner may choose to pay", async () => {
    const db = await capped();
    const { virtualPhysicalConnection: id } = await runOperation(createVpconnFromVbr, caller(db, "unicom"), {
      ...legacy,
      orderMode: "PayByPhysicalConnectionOwner",
    });
    assert.equal(
      (await row<{ order_mode: string }>(db, "select order_mode from hosted_connections where id = ?", id))
        .order_mode,
      "PayByPhysicalConnectionOwner",
    );
  });

  test("a VBR with no cap (Speed Unlimited) cannot be transformed", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "IllegalParam.Bandwidth#SpeedUnlimited",
    );
  });

  test("the tenant must bill outbound traffic", async () => {
    const db = await capped();
    await sqlRun(
      db,
      "update accounts set traffic_billing_enabled = false where uid = ?",
      DEMO_ACCOUNTS.globex.uid,
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "OperationFailed.PconnTrafficNotEnable",
    );
  });

  test("a VBR already converted, or already on a shared port, is refused", async () => {
    const db = await capped();
    await runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy);
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "OperationFailed.VbrBindedPconn",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVpconnFromVbr, caller(db, "unicom"), { ...legacy, vbrId: DEMO_VBRS.acmeVbrProd }),
      "OperationFailed.VbrBindedPconn",
    );
  });

  test("once the converted port is deleted, the VBR keeps its VLAN and may be converted again", async () => {
    const db = await capped();
    const { virtualPhysicalConnection: id } = await runOperation(
      createVpconnFromVbr,
      caller(db, "unicom"),
      legacy,
    );
    await runOperation(deletePhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.equal(
      (await row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = 202")).n,
      1,
      "the legacy VBR still holds VLAN 202",
    );
    await runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy);
  });

  test("capacity of the circuit and the partner's privilege apply", async () => {
    const db = await capped(500);
    // unicom-hz-02 already holds Acme's 500M backup port.
    await sqlRun(db, "update circuits set capacity_mbps = 999 where id = ?", DEMO_CIRCUITS.unicomHz02);
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "ResourceNotEnough.Bandwidth",
    );
    await sqlRun(db, "update circuits set capacity_mbps = 1000 where id = ?", DEMO_CIRCUITS.unicomHz02);
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom", later(DAY_MS)), legacy),
      "IllegalParam.Bandwidth",
    );
    await runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy);
  });

  test("an unknown VBR is not found", async () => {
    const db = await capped();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVpconnFromVbr, caller(db, "unicom"), {
          ...legacy,
          vbrId: "vbr-bp1nothere000000000",
        }),
      "InvalidVbrId.NotFound",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the VBR's owner (a tenant)", "globex", "OperationDenied.CreateVpconn"],
      ["another tenant", "acme", "OperationDenied.CreateVpconn"],
      ["another partner", "equinix", "InvalidVbrId.NotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await capped();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVpconnFromVbr, caller(db, who), legacy),
          key,
        );
      });
    }
  });
});
