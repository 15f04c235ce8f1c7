import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cancelSpecChange } from "./cancel-spec-change";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { runOperation } from "./operation";
import { payOrder } from "./pay-order";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import {
  assertRefusedUnchanged,
  caller,
  freshDb,
  HZ,
  livePort,
  offerPort,
  portRow,
  row,
  type Who,
} from "./write-test-helpers";

/** Acme's live 500M port on unicom-hz-01 with 5G requested, and Acme's unpaid order for it. */
async function pendingChange() {
  const db = await freshDb();
  const id = await livePort(db);
  await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
    regionId: HZ,
    instanceId: id,
    vlanId: 1000,
    expectSpec: "5G",
  });
  const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
    regionId: HZ,
    physicalConnectionId: id,
  });
  return { db, id, orderId, port: { regionId: HZ, physicalConnectionId: id } };
}

describe("CancelSpecChange (console only)", () => {
  for (const who of ["acme", "unicom"] as const) {
    test(`${who} withdraws the requested bandwidth: Spec kept, order cancelled, capacity freed`, async () => {
      const { db, id, orderId, port } = await pendingChange();
      await runOperation(cancelSpecChange, caller(db, who), port);
      assert.deepEqual([(await portRow(db, id)).spec, (await portRow(db, id)).expect_spec], ["500M", null]);
      assert.equal(
        (await row<{ status: string }>(db, "select status from orders where id = ?", orderId)).status,
        "cancelled",
      );
      await assertRefusedUnchanged(
        db,
        () => runOperation(payOrder, caller(db, "acme"), { orderId }),
        "Forbidden.NotAllowedInState#OrderNotUnpaid",
      );
      // The 5G it reserved is free again: 10G − 1.2G demo − 500M leaves room for 8G.
      await offerPort(db, { vlanId: 1001, spec: "8G" });
    });
  }

  test("nothing pending: refused, nothing changed", async () => {
    const { db, port } = await pendingChange();
    await runOperation(cancelSpecChange, caller(db, "acme"), port);
    await assertRefusedUnchanged(
      db,
      () => runOperation(cancelSpecChange, caller(db, "unicom"), port),
      "Forbidden.NotAllowedInState#NoPendingSpec",
    );
  });

  const strangers: [Who, string][] = [
    ["globex", "InvalidPhysicalConnectionId.NotFound#Records"],
    ["equinix", "InvalidPhysicalConnectionId.NotFound#Records"],
    ["acmeRam", "Forbidden.RAM"],
  ];
  for (const [who, key] of strangers) {
    test(`${who} is refused, nothing changed`, async () => {
      const { db, port } = await pendingChange();
      await assertRefusedUnchanged(db, () => runOperation(cancelSpecChange, caller(db, who), port), key);
    });
  }
});
