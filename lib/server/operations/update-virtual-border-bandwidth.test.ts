import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { runOperation } from "./operation";
import { updateVirtualBorderBandwidth } from "./update-virtual-border-bandwidth";
import { assertRefusedUnchanged, caller, freshDb, HZ, vbrRow, type Who } from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const legacy = { regionId: HZ, virtualBorderRouterId: DEMO_VBRS.globexLegacy, bandwidth: 200 };

describe("UpdateVirtualBorderBandwidth", () => {
  test("the partner sets a Bandwidth Cap on a legacy VBR on its circuit", async () => {
    const db = await freshDb();
    await runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), legacy);
    assert.equal((await vbrRow(db, DEMO_VBRS.globexLegacy))?.bandwidth_mbps, 200);
    await runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), { ...legacy, bandwidth: "10000" });
    assert.equal(
      (await vbrRow(db, DEMO_VBRS.globexLegacy))?.bandwidth_mbps,
      10000,
      "up to the circuit's capacity",
    );
  });

  test("Speed Unlimited (0), a missing or malformed cap are refused", async () => {
    const db = await freshDb();
    const as = caller(db, "unicom");
    for (const bandwidth of [0, -5, 1.5, "fast", 10001])
      await assertRefusedUnchanged(
        db,
        () => runOperation(updateVirtualBorderBandwidth, as, { ...legacy, bandwidth }),
        "IllegalParam.Bandwidth",
      );
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualBorderBandwidth, as, { ...legacy, bandwidth: undefined }),
      "MissingParameter",
    );
  });

  test("not above the circuit's capacity", async () => {
    const db = await freshDb();
    await sqlRun(db, "update circuits set capacity_mbps = 1000 where id = ?", DEMO_CIRCUITS.unicomHz02);
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), { ...legacy, bandwidth: 2000 }),
      "IllegalParam.Bandwidth",
    );
  });

  test("a hosted VBR follows its shared port's Spec", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), {
          ...legacy,
          virtualBorderRouterId: DEMO_VBRS.acmeVbrProd,
        }),
      "InvalidStatus.NotAllowed",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the VBR's owner (a tenant)", "globex", "Forbidden.OperationNotAllowedByUser#ModifyVbr"],
      ["another tenant", "acme", "InvalidVbrId.NotFound"],
      ["another partner", "equinix", "InvalidVbrId.NotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(updateVirtualBorderBandwidth, caller(db, who), legacy),
          key,
        );
      });
    }
  });
});
