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

async function unpaidOrder() {
  const db = await freshDb();
  const id = await offerPort(db);
  await accept(db, id);
  const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
    regionId: HZ,
    physicalConnectionId: id,
    period: 2,
  });
  return { db, id, orderId };
}

describe("PayOrder (console only)", () => {
  test("pays the caller's unpaid order: the port becomes Active from the payment", async () => {
    const { db, id, orderId } = await unpaidOrder();
    const paidAt = later(DAY_MS);
    assert.deepEqual(await runOperation(payOrder, caller(db, "acme", paidAt), { orderId }), { orderId });
    const o = await row<{ status: string; paid_at: number }>(
      db,
      "select * from orders where id = ?",
      orderId,
    );
    assert.deepEqual([o.status, o.paid_at], ["paid", paidAt.getTime()]);
    const port = await portRow(db, id);
    assert.deepEqual([port.status, port.enabled_at], ["Enabled", paidAt.getTime()]);
    assert.equal(new Date(port.end_time ?? 0).toISOString(), "2027-01-23T08:00:00.000Z");
  });

  test("an order is paid once; a cancelled one never", async () => {
    const { db, orderId } = await unpaidOrder();
    await runOperation(payOrder, caller(db, "acme"), { orderId });
    await assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId }),
      "Forbidden.NotAllowedInState",
    );
    const other = await unpaidOrder();
    await runOperation(createPhysicalConnectionOccupancyOrder, caller(other.db, "acme"), {
      regionId: HZ,
      physicalConnectionId: other.id,
    });
    await assertRefusedUnchanged(
      other.db,
      () => runOperation(payOrder, caller(other.db, "acme"), { orderId: other.orderId }),
      "Forbidden.NotAllowedInState",
    );
  });

  test("an upgrade order no longer matching the pending ExpectSpec is refused", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    const update = { regionId: HZ, instanceId: id, vlanId: 1000 };
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...update,
      expectSpec: "1G",
    });
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...update,
      expectSpec: "2G",
    });
    await assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId }),
      "Forbidden.NotAllowedInState",
    );
  });

  test("an order priced at an ExpectSpec the partner withdrew cannot oversell the circuit", async () => {
    const db = await freshDb();
    const id = await offerPort(db);
    const update = { regionId: HZ, instanceId: id, vlanId: 1000 };
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...update,
      expectSpec: "5G",
    });
    await accept(db, id);
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    // Withdrawn, the 5G is no longer reserved: another 8G port takes the room it held.
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...update,
      expectSpec: "500M",
    });
    await offerPort(db, { vlanId: 1001, spec: "8G" });
    await assertRefusedUnchanged(
      db,
      () => runOperation(payOrder, caller(db, "acme"), { orderId }),
      "Forbidden.NotAllowedInState#OrderOutdated",
    );
    assert.deepEqual([(await portRow(db, id)).spec, (await portRow(db, id)).status], ["500M", "Confirmed"]);
  });

  test("an unknown order is not found", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
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
      test(name, async () => {
        const { db, orderId } = await unpaidOrder();
        await assertRefusedUnchanged(db, () => runOperation(payOrder, caller(db, who), { orderId }), key);
      });
    }
  });
});
