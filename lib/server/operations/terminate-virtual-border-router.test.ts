import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_VBRS } from "../../../db/seed";
import { describeRegions } from "./describe-regions";
import { runOperation } from "./operation";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import {
  addVbr,
  assertRefusedUnchanged,
  caller,
  freshDb,
  HZ,
  later,
  livePort,
  NOW,
  row,
  SETTLE_MS,
  vbrRow,
  type Who,
} from "./write-test-helpers";

const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

describe("TerminateVirtualBorderRouter", () => {
  test("the circuit owner disables a legacy VBR: terminating, then terminated; the VLAN stays reserved", async () => {
    const db = await freshDb();
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), legacy);
    const vbr = await row<{ status: string; terminated_at: number }>(
      db,
      "select * from vbrs where id = ?",
      legacy.vbrId,
    );
    assert.deepEqual([vbr.status, vbr.terminated_at], ["terminating", NOW.getTime()]);
    await runOperation(describeRegions, caller(db, "unicom", later(SETTLE_MS)), {});
    assert.equal((await vbrRow(db, legacy.vbrId))?.status, "terminated");
    assert.equal((await vbrRow(db, legacy.vbrId))?.vlan_id, 202);
  });

  test("the partner that pays for the port disables the tenant's hosted VBR", async () => {
    const db = await freshDb();
    const port = await livePort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const vbrId = await addVbr(db, port);
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), { regionId: HZ, vbrId });
    assert.equal((await vbrRow(db, vbrId))?.status, "terminating");
  });

  test("only an active VBR", async () => {
    const db = await freshDb();
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), legacy);
    await assertRefusedUnchanged(
      db,
      () => runOperation(terminateVirtualBorderRouter, caller(db, "unicom", later(SETTLE_MS)), legacy),
      "InvalidOperation.OperationNotAllowedInState",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string, string][] = [
      [
        "the partner when the tenant pays for the port",
        "unicom",
        DEMO_VBRS.acmeVbrProd,
        "Forbidden.OperationNotAllowedByUser#TerminateVbr",
      ],
      [
        "the VBR's owner (a tenant)",
        "acme",
        DEMO_VBRS.acmeVbrProd,
        "Forbidden.OperationNotAllowedByUser#TerminateVbr",
      ],
      ["another tenant", "globex", DEMO_VBRS.acmeVbrProd, "InvalidVbrId.NotFound"],
      ["another partner", "equinix", DEMO_VBRS.globexLegacy, "InvalidVbrId.NotFound"],
      ["the RAM user", "acmeRam", DEMO_VBRS.acmeVbrProd, "Forbidden.RAM"],
    ];
    for (const [name, who, vbrId, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(terminateVirtualBorderRouter, caller(db, who), { regionId: HZ, vbrId }),
          key,
        );
      });
    }
  });
});
