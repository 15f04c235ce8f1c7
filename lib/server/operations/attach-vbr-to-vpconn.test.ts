import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { attachVbrToVpconn } from "./attach-vbr-to-vpconn";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { runOperation } from "./operation";
import {
  accept,
  assertRefusedUnchanged,
  buy,
  caller,
  freshDb,
  HZ,
  vbrRow,
  type Who,
} from "./write-test-helpers";
import { sqlGet, sqlRun } from "../../../db/test/raw-sql";

/** Globex's legacy VBR transformed, accepted and paid: ready for the partner's Confirm. */
async function transformed() {
  const db = await freshDb();
  await sqlRun(db, "update vbrs set bandwidth_mbps = 200 where id = ?", DEMO_VBRS.globexLegacy);
  const { virtualPhysicalConnection: vpconnId } = await runOperation(
    createVpconnFromVbr,
    caller(db, "unicom"),
    {
      regionId: HZ,
      vbrId: DEMO_VBRS.globexLegacy,
    },
  );
  return { db, attach: { regionId: HZ, vpconnId, vbrId: DEMO_VBRS.globexLegacy } };
}

async function ready() {
  const t = await transformed();
  await accept(t.db, t.attach.vpconnId, "globex");
  await buy(t.db, t.attach.vpconnId, "globex");
  return t;
}

describe("AttachVbrToVpconn", () => {
  test("moves the VBR onto the accepted, paid port; its own cap gives way to the port's Spec", async () => {
    const { db, attach } = await ready();
    const out = await runOperation(attachVbrToVpconn, caller(db, "unicom"), attach);
    assert.deepEqual(out, { virtualPhysicalConnection: attach.vpconnId });
    const vbr = await vbrRow(db, DEMO_VBRS.globexLegacy);
    assert.deepEqual(
      [vbr?.hosted_connection_id, vbr?.bandwidth_mbps, vbr?.vlan_id],
      [attach.vpconnId, null, 202],
    );
  });

  test("not before the tenant accepted and the port is paid", async () => {
    const { db, attach } = await transformed();
    await assertRefusedUnchanged(
      db,
      () => runOperation(attachVbrToVpconn, caller(db, "unicom"), attach),
      "IncorrectStatus.PhysicalConnection#NotEnabled",
    );
    await accept(db, attach.vpconnId, "globex");
    await assertRefusedUnchanged(
      db,
      () => runOperation(attachVbrToVpconn, caller(db, "unicom"), attach),
      "IncorrectStatus.PhysicalConnection#NotEnabled",
    );
  });

  test("only the VBR the port was made from", async () => {
    const { db, attach } = await ready();
    const allocation = (await sqlGet(
      db,
      "insert into vlan_allocations (circuit_id, vlan_id) values (?, 203) returning id",
      DEMO_CIRCUITS.unicomHz02,
    )) as { id: number };
    await sqlRun(
      db,
      `insert into vbrs (id, owner_uid, circuit_id, vlan_allocation_id, status, route_table_id, vlan_interface_id)
         values ('vbr-bp1globexother00000000', ?, ?, ?, 'active', 'vtb-x', 'ri-x')`,
      DEMO_ACCOUNTS.globex.uid,
      DEMO_CIRCUITS.unicomHz02,
      allocation.id,
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(attachVbrToVpconn, caller(db, "unicom"), {
          ...attach,
          vbrId: "vbr-bp1globexother00000000",
        }),
      "InvalidPhysicalConnectionId.NotMatched",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(attachVbrToVpconn, caller(db, "unicom"), { ...attach, vbrId: DEMO_VBRS.acmeVbrProd }),
      "OperationFailed.VbrBindedPconn",
    );
  });

  test("a port that already has its VBR: QuotaExceeded VBR_COUNT_PER_VPCONN", async () => {
    const { db, attach } = await ready();
    await runOperation(attachVbrToVpconn, caller(db, "unicom"), attach);
    await assertRefusedUnchanged(
      db,
      () => runOperation(attachVbrToVpconn, caller(db, "unicom"), attach),
      "QuotaExceeded.VPCONN#VbrPerVpconn",
    );
  });

  test("an unknown or another tenant's port is not found", async () => {
    const { db, attach } = await ready();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(attachVbrToVpconn, caller(db, "unicom"), {
          ...attach,
          vpconnId: "pc-bp1nothere00000000000",
        }),
      "ResourceNotFound.PhysicalConnectionId#Short",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(attachVbrToVpconn, caller(db, "equinix"), {
          ...attach,
          vpconnId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      "ResourceNotFound.PhysicalConnectionId",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the tenant of the port", "globex", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "acme", "ResourceNotFound.PhysicalConnectionId"],
      ["another partner", "equinix", "ResourceNotFound.PhysicalConnectionId"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const { db, attach } = await ready();
        await assertRefusedUnchanged(db, () => runOperation(attachVbrToVpconn, caller(db, who), attach), key);
      });
    }
  });
});
