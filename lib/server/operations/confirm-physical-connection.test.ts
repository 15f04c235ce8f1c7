import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { confirmPhysicalConnection } from "./confirm-physical-connection";
import { runOperation } from "./operation";
import {
  assertRefusedUnchanged,
  buy,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  offerPort,
  portRow,
  type Who,
} from "./write-test-helpers";

const offer = { regionId: HZ, physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer };

describe("ConfirmPhysicalConnection", () => {
  test("the tenant accepts: Waiting for Payment (Confirmed / Confirmed)", async () => {
    const db = await freshDb();
    await runOperation(confirmPhysicalConnection, caller(db, "globex"), offer);
    const port = await portRow(db, offer.physicalConnectionId);
    assert.deepEqual(
      [port.status, port.vpconn_status, port.paid, port.end_time],
      ["Confirmed", "Confirmed", 0, null],
    );
  });

  test("already paid by the partner: accepting is all the tenant does, the period starts now", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    await buy(db, id, "unicom", undefined, { pricingCycle: "Year", period: 1 });
    const acceptedAt = later(3 * DAY_MS);
    await runOperation(confirmPhysicalConnection, caller(db, "acme", acceptedAt), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    const port = await portRow(db, id);
    assert.deepEqual(
      [port.status, port.vpconn_status, port.loa_status],
      ["Enabled", "Confirmed", "Complete"],
    );
    assert.equal(port.enabled_at, acceptedAt.getTime());
    assert.equal(new Date(port.end_time ?? 0).toISOString(), "2027-11-25T08:00:00.000Z");
  });

  test("a port that is no longer pending acceptance", async () => {
    const db = await freshDb();
    await runOperation(confirmPhysicalConnection, caller(db, "globex"), offer);
    await assertRefusedUnchanged(
      db,
      () => runOperation(confirmPhysicalConnection, caller(db, "globex"), offer),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(confirmPhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
  });

  test("an unknown port, or one in another region, is not found", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(confirmPhysicalConnection, caller(db, "globex"), { ...offer, regionId: "cn-beijing" }),
      "ResourceNotFound.PhysicalConnectionId#Short",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(confirmPhysicalConnection, caller(db, "globex"), { regionId: HZ }),
      "MissingParameter",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the partner", "unicom", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "acme", "ResourceNotFound.PhysicalConnectionId#Short"],
      ["another partner", "equinix", "ResourceNotFound.PhysicalConnectionId#Short"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(confirmPhysicalConnection, caller(db, who), offer),
          key,
        );
      });
    }
  });
});
