import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { deleteVirtualBorderRouter } from "./delete-virtual-border-router";
import { listOrders } from "./list-orders";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";
import { runOperation } from "./operation";
import { recoverPhysicalConnection } from "./recover-physical-connection";
import { terminatePhysicalConnection } from "./terminate-physical-connection";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import {
  accept,
  addVbr,
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  offerPort,
  portRow,
  row,
  SETTLE_MS,
  vbrRow,
} from "./write-test-helpers";

const HOUR = 60 * 60 * 1000;

async function consoleStatusOf(db: Db, id: string, at: Date): Promise<string> {
  const out = await runOperation(listVirtualPhysicalConnections, caller(db, "unicom", at), {
    regionId: HZ,
    virtualPhysicalConnectionIds: [id],
  });
  return out.items[0]?.status ?? "gone";
}

describe("a shared port from offer to refund", () => {
  test("tenant pays: create, accept, Buy Now, VBR, stop refused, delete VBR, stop, recover, delete with refund", async () => {
    const db = await freshDb();
    const at = (ms: number) => later(ms);
    const port = { regionId: HZ, physicalConnectionId: "" };

    // The partner offers; Acme accepts ("Accept") and pays ("Buy Now", one month).
    port.physicalConnectionId = await offerPort(db);
    assert.equal((await portRow(db, port.physicalConnectionId)).status, "Allocated");
    await accept(db, port.physicalConnectionId);
    assert.deepEqual(
      [
        (await portRow(db, port.physicalConnectionId)).status,
        (await portRow(db, port.physicalConnectionId)).vpconn_status,
      ],
      ["Confirmed", "Confirmed"],
    );
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      ...port,
      pricingCycle: "Month",
      period: 1,
      autoPay: true,
    });
    const live = await portRow(db, port.physicalConnectionId);
    assert.deepEqual([live.status, live.loa_status, live.paid], ["Enabled", "Complete", 1]);
    assert.equal(new Date(live.end_time ?? 0).toISOString(), "2026-12-22T08:00:00.000Z");
    const order = (await runOperation(listOrders, caller(db, "acme"), {})).items[0];
    assert.deepEqual(
      [order?.orderId, order?.amountCents, order?.currency, order?.status],
      [orderId, 160000, "CNY", "paid"],
    );

    // Acme builds its VBR; the port cannot be stopped while it exists.
    const vbrId = await addVbr(db, port.physicalConnectionId, at(HOUR));
    await assertRefusedUnchanged(
      db,
      () => runOperation(terminatePhysicalConnection, caller(db, "acme", at(2 * HOUR)), port),
      "Forbidden.VBRExists",
    );

    // Acme deletes its VBR; until it is gone the port still counts it.
    await runOperation(deleteVirtualBorderRouter, caller(db, "acme", at(3 * HOUR)), { regionId: HZ, vbrId });
    await assertRefusedUnchanged(
      db,
      () => runOperation(terminatePhysicalConnection, caller(db, "acme", at(3 * HOUR + SETTLE_MS - 1)), port),
      "Forbidden.VBRExists",
    );
    await runOperation(terminatePhysicalConnection, caller(db, "acme", at(3 * HOUR + SETTLE_MS)), port);
    assert.equal(await vbrRow(db, vbrId), undefined, "the VBR settled away");
    assert.equal((await portRow(db, port.physicalConnectionId)).vlan_id, 1000, "the port keeps its VLAN");

    // Terminating settles to Terminated ("Disabled") after the configured delay.
    const stopped = 3 * HOUR + SETTLE_MS;
    assert.equal(
      await consoleStatusOf(db, port.physicalConnectionId, at(stopped + SETTLE_MS - 1)),
      "Terminating",
    );
    assert.equal(await consoleStatusOf(db, port.physicalConnectionId, at(stopped + SETTLE_MS)), "Terminated");

    // Only the partner recovers.
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(recoverPhysicalConnection, caller(db, "acme", at(5 * HOUR)), {
          regionId: HZ,
          instanceId: port.physicalConnectionId,
        }),
      "Forbidden.OperationNotAllowedByUser",
    );
    await runOperation(recoverPhysicalConnection, caller(db, "unicom", at(5 * HOUR)), {
      regionId: HZ,
      instanceId: port.physicalConnectionId,
    });
    assert.equal((await portRow(db, port.physicalConnectionId)).status, "Enabled");

    // Ten days into the 30-day period Acme deletes the port: 20/30 of 1600.00 CNY, rounded down to a cent.
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme", at(10 * DAY_MS)), port);
    assert.deepEqual(
      out.refunds.map((r) => [r.orderId, r.amountCents, r.currency]),
      [[orderId, 106666, "CNY"]],
    );
    const refund = await row<{ payer_uid: string; amount_cents: number }>(db, "select * from refunds");
    assert.deepEqual([refund.payer_uid, refund.amount_cents], [DEMO_ACCOUNTS.acme.uid, 106666]);
    const gone = await portRow(db, port.physicalConnectionId);
    assert.deepEqual([gone.vpconn_status, gone.vlan_allocation_id], ["Deleted", null]);
    assert.equal(gone.deleted_at, at(10 * DAY_MS).getTime());
    assert.equal(
      (await row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = 1000")).n,
      0,
      "VLAN 1000 is free again",
    );
    assert.equal(await consoleStatusOf(db, port.physicalConnectionId, at(10 * DAY_MS)), "gone");
  });

  test("partner pays: the partner disables the tenant's VBR before deleting it, then stops and deletes the port", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay: true,
    });
    assert.deepEqual(
      [(await portRow(db, id)).status, (await portRow(db, id)).paid],
      ["Allocated", 1],
      "paid before acceptance",
    );
    await accept(db, id, "acme", later(DAY_MS));
    const live = await portRow(db, id);
    assert.deepEqual([live.status, live.loa_status], ["Enabled", "Complete"], "accept only: already paid");
    assert.equal(
      new Date(live.end_time ?? 0).toISOString(),
      "2026-12-23T08:00:00.000Z",
      "period starts at acceptance",
    );

    const vbrId = await addVbr(db, id, later(DAY_MS));
    const vbr = { regionId: HZ, vbrId };
    await assertRefusedUnchanged(
      db,
      () => runOperation(deleteVirtualBorderRouter, caller(db, "unicom", later(DAY_MS)), vbr),
      "InvalidOperation.OperationNotAllowedInState",
    );
    await runOperation(terminateVirtualBorderRouter, caller(db, "unicom", later(DAY_MS)), vbr);
    await runOperation(deleteVirtualBorderRouter, caller(db, "unicom", later(DAY_MS + SETTLE_MS)), vbr);
    const port = { regionId: HZ, physicalConnectionId: id };
    await runOperation(
      terminatePhysicalConnection,
      caller(db, "unicom", later(DAY_MS + 2 * SETTLE_MS)),
      port,
    );
    const out = await runOperation(deletePhysicalConnection, caller(db, "unicom", later(16 * DAY_MS)), port);
    // Live from Nov 23 to Dec 23 (30 days), deleted on Dec 8: 15/30 of 1600.00 CNY to the partner.
    assert.deepEqual(
      out.refunds.map((r) => [r.orderId, r.amountCents]),
      [[orderId, 80000]],
    );
    assert.equal(
      (await row<{ payer_uid: string }>(db, "select payer_uid from refunds")).payer_uid,
      DEMO_ACCOUNTS.unicom.uid,
    );
  });

  test("an expired port is deleted without a refund", async () => {
    const db = await freshDb();
    const id = await offerPort(db);
    await accept(db, id);
    await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay: true,
    });
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme", later(40 * DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.deepEqual(out.refunds, []);
    assert.equal((await row<{ n: number }>(db, "select count(*) n from refunds")).n, 0);
  });
});
