import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { runOperation } from "./operation";
import { payOrder } from "./pay-order";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import {
  accept,
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  livePort,
  offerPort,
  portRow,
  row,
  type Who,
} from "./write-test-helpers";

function unpaidOrder() {
  const db = freshDb();
  const id = offerPort(db);
  accept(db, id);
  const { orderId } = runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
    regionId: HZ,
    physicalConnectionId: id,
    period: 2,
  });
  return { db, id, orderId };
}

describe("PayOrder (console only)", () => {
  test("pays the caller's unpaid order: the port becomes Active from the payment", () => {
    const { db, id, orderId } = unpaidOrder();
    const paidAt = later(DAY_MS);
    assert.deepEqual(runOperation(payOrder, caller(db, "acme", paidAt), { orderId }), { orderId });
    const o = row<{ status: string; paid_at: number }>(db, "select * from orders where id = ?", orderId);
    assert.deepEqual([o.status, o.paid_at], ["paid", paidAt.getTime()]);
    const port = portRow(db, id);
    assert.deepEqual([port.status, port.enabled_at], ["Enabled", paidAt.getTime()]);
    assert.equal(new Date(port.end_time ?? 0).toISOString(), "2027-01-23T08:00:00.000Z");
  });

  test("an order is paid once; a cancelled one never", () => {
    const { db, orderId } = unpaidOrder();
    runOperation(payOrder, caller(db, "acme"), { orderId });
    assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId }),
      "Forbidden.NotAllowedInState",
    );
    const other = unpaidOrder();
    runOperation(createPhysicalConnectionOccupancyOrder, caller(other.db, "acme"), {
      regionId: HZ,
      physicalConnectionId: other.id,
    });
    assertRefusedUnchanged(
      other.db,
      () => runOperation(payOrder, caller(other.db, "acme"), { orderId: other.orderId }),
      "Forbidden.NotAllowedInState",
    );
  });

  test("an upgrade order no longer matching the pending ExpectSpec is refused", () => {
    const db = freshDb();
    const id = livePort(db);
    const update = { regionId: HZ, instanceId: id, vlanId: 1000 };
    runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...update, expectSpec: "1G" });
    const { orderId } = runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...update, expectSpec: "2G" });
    assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId }),
      "Forbidden.NotAllowedInState",
    );
  });

  test("an unknown order is not found", () => {
    const db = freshDb();
    assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId: "200000000000000" }),
      "ResourceNotFound",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the partner", "unicom", "ResourceNotFound"],
      ["another tenant", "globex", "ResourceNotFound"],
      ["another partner", "equinix", "ResourceNotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, () => {
        const { db, orderId } = unpaidOrder();
        assertRefusedUnchanged(db, () => runOperation(payOrder, caller(db, who), { orderId }), key);
      });
    }
  });
});
