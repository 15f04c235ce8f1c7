import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { deleteVirtualBorderRouter } from "./delete-virtual-border-router";
import { describeRegions } from "./describe-regions";
import { runOperation } from "./operation";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import {
  assertRefusedUnchanged,
  caller,
  freshDb,
  HZ,
  later,
  portRow,
  row,
  SETTLE_MS,
  vbrRow,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const prod = { regionId: HZ, vbrId: DEMO_VBRS.acmeVbrProd };
const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

describe("DeleteVirtualBorderRouter", () => {
  test("the owner deletes its hosted VBR: deleting, then gone; the port keeps its VLAN", async () => {
    const db = await freshDb();
    await runOperation(deleteVirtualBorderRouter, caller(db, "acme"), prod);
    assert.equal((await vbrRow(db, prod.vbrId))?.status, "deleting");
    await runOperation(describeRegions, caller(db, "acme", later(SETTLE_MS)), {});
    assert.equal(await vbrRow(db, prod.vbrId), undefined);
    assert.equal((await portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd)).vlan_id, 101);
  });

  test("a legacy VBR gone frees its VLAN", async () => {
    const db = await freshDb();
    await runOperation(deleteVirtualBorderRouter, caller(db, "globex"), legacy);
    await runOperation(describeRegions, caller(db, "globex", later(SETTLE_MS)), {});
    assert.equal(
      (await row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = 202")).n,
      0,
    );
  });

  test("the circuit owner deletes a tenant's legacy VBR once disabled", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(deleteVirtualBorderRouter, caller(db, "unicom"), legacy),
      "InvalidOperation.OperationNotAllowedInState#NotTerminated",
    );
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), legacy);
    await assertRefusedUnchanged(
      db,
      () => runOperation(deleteVirtualBorderRouter, caller(db, "unicom"), legacy),
      "InvalidOperation.OperationNotAllowedInState",
    );
    await runOperation(deleteVirtualBorderRouter, caller(db, "unicom", later(SETTLE_MS)), legacy);
    assert.equal((await vbrRow(db, legacy.vbrId))?.status, "deleting");
  });

  test("a legacy VBR a transformed port is waiting for stays", async () => {
    const db = await freshDb();
    await sqlRun(db, "update vbrs set bandwidth_mbps = 200 where id = ?", legacy.vbrId);
    await runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy);
    await assertRefusedUnchanged(
      db,
      () => runOperation(deleteVirtualBorderRouter, caller(db, "globex"), legacy),
      "InvalidStatus.NotAllowed",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      [
        "the partner when the tenant pays for the port",
        "unicom",
        "Forbidden.OperationNotAllowedByUser#DeleteVbr",
      ],
      ["another tenant", "globex", "InvalidVbrId.NotFound#Records"],
      ["another partner", "equinix", "InvalidVbrId.NotFound#Records"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(deleteVirtualBorderRouter, caller(db, who), prod),
          key,
        );
      });
    }
  });
});
