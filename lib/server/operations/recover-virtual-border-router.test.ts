import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { describeRegions } from "./describe-regions";
import { runOperation } from "./operation";
import { recoverVirtualBorderRouter } from "./recover-virtual-border-router";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import {
  addVbr,
  assertRefusedUnchanged,
  caller,
  freshDb,
  HZ,
  later,
  livePort,
  SETTLE_MS,
  vbrRow,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

/** The legacy VBR, disabled and settled to terminated by `later(SETTLE_MS)`. */
async function disabled() {
  const db = await freshDb();
  await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), legacy);
  return db;
}

describe("RecoverVirtualBorderRouter", () => {
  test("the circuit owner recovers a disabled VBR: recovering, then active", async () => {
    const db = await disabled();
    await runOperation(recoverVirtualBorderRouter, caller(db, "unicom", later(SETTLE_MS)), legacy);
    assert.equal((await vbrRow(db, legacy.vbrId))?.status, "recovering");
    await runOperation(describeRegions, caller(db, "globex", later(2 * SETTLE_MS)), {});
    assert.equal((await vbrRow(db, legacy.vbrId))?.status, "active");
  });

  test("the partner that pays recovers the tenant's hosted VBR", async () => {
    const db = await freshDb();
    const vbrId = await addVbr(db, await livePort(db, { orderMode: "PayByPhysicalConnectionOwner" }));
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), { regionId: HZ, vbrId });
    await runOperation(recoverVirtualBorderRouter, caller(db, "unicom", later(SETTLE_MS)), {
      regionId: HZ,
      vbrId,
    });
    assert.equal((await vbrRow(db, vbrId))?.status, "recovering");
  });

  test("only a terminated VBR, on an Enabled connection", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(recoverVirtualBorderRouter, caller(db, "unicom"), legacy),
      "InvalidOperation.OperationNotAllowedInState#Recover",
    );
    const off = await disabled();
    await sqlRun(off, "update circuits set status = 'Terminated' where id = ?", DEMO_CIRCUITS.unicomHz02);
    await assertRefusedUnchanged(
      off,
      () => runOperation(recoverVirtualBorderRouter, caller(off, "unicom", later(SETTLE_MS)), legacy),
      "InvalidOperation.OperationNotAllowedInState#CircuitNotEnabled",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the VBR's owner (a tenant)", "globex", "Forbidden.OperationNotAllowedByUser#RecoverVbr"],
      ["another tenant", "acme", "InvalidVbrId.NotFound"],
      ["another partner", "equinix", "InvalidVbrId.NotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await disabled();
        await runOperation(describeRegions, caller(db, "unicom", later(SETTLE_MS)), {});
        await assertRefusedUnchanged(
          db,
          () => runOperation(recoverVirtualBorderRouter, caller(db, who, later(SETTLE_MS)), legacy),
          key,
        );
      });
    }
  });
});
