import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_ORDERS } from "../../../db/seed";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { runOperation } from "./operation";
import {
  accept,
  assertRefusedUnchanged,
  buy,
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
import { sqlRun } from "../../../db/test/raw-sql";

const vlanRows = async (db: Db, vlanId: number) =>
  (await row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = ?", vlanId)).n;

describe("DeletePhysicalConnection", () => {
  test("the partner withdraws an offer nobody accepted: VLAN freed, no refund", async () => {
    const db = await freshDb();
    const out = await runOperation(deletePhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
    });
    assert.deepEqual(out, { refunds: [] });
    const port = await portRow(db, DEMO_HOSTED_CONNECTIONS.globexOffer);
    assert.deepEqual(
      [port.vpconn_status, port.loa_status, port.vlan_allocation_id],
      ["Deleted", "Deleted", null],
    );
    assert.equal(await vlanRows(db, 102), 0);
  });

  test("the demo set's partner-paid port refunds its order's unused months to the partner", async () => {
    const db = await freshDb();
    const out = await runOperation(deletePhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzBackup,
    });
    assert.deepEqual(
      out.refunds.map((r) => r.orderId),
      [DEMO_ORDERS.acmeHzBackup],
    );
    const refund = out.refunds[0]?.amountCents ?? 0;
    assert.ok(refund > 0 && refund < 480000, `a part of the three months is refunded: ${refund}`);
  });

  test("a port the partner paid for but nobody accepted refunds the partner in full", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const orderId = await buy(db, id, "unicom", undefined, { pricingCycle: "Month", period: 3 });
    const out = await runOperation(deletePhysicalConnection, caller(db, "unicom", later(DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.deepEqual(
      out.refunds.map((r) => [r.orderId, r.amountCents]),
      [[orderId, 480000]],
    );
  });

  test("a tenant deleting a partner-paid port refunds the partner without telling the tenant the amounts", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const orderId = await buy(db, id, "unicom", undefined, { pricingCycle: "Month", period: 3 });
    await accept(db, id);
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme", later(DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.deepEqual(out, { refunds: [] });
    const refund = await row<{ payer_uid: string; order_id: string }>(
      db,
      "select payer_uid, order_id from refunds where hosted_connection_id = ?",
      id,
    );
    assert.deepEqual([refund.payer_uid, refund.order_id], [DEMO_ACCOUNTS.unicom.uid, orderId]);
  });

  test("a live port refunds the unused part of its period valued at the bandwidth in force, upgrades included", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await sqlRun(db, "update hosted_connections set expect_spec = '1G' where id = ?", id);
    const upgrade = (
      await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme", later(10 * DAY_MS)), {
        regionId: HZ,
        physicalConnectionId: id,
        autoPay: true,
      })
    ).orderId;
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme", later(20 * DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    // The month at 1G (2600.00), 10 of 30 days left → 866.66: what the 500M month (533.33 unused) and the
    // upgrade paid on day 10 (666.67 for 20 days, 333.33 unused) leave, as one line on the period's order.
    assert.deepEqual(
      out.refunds.map((r) => [r.orderId === upgrade ? "upgrade" : "new", r.amountCents]),
      [["new", 86666]],
    );
    assert.ok(out.refunds.every((r) => r.currency === "CNY"));
    assert.equal(
      (await row<{ payer_uid: string }>(db, "select distinct payer_uid from refunds")).payer_uid,
      DEMO_ACCOUNTS.acme.uid,
    );
  });

  test("unpaid orders of a deleted port are cancelled", async () => {
    const db = await freshDb();
    const id = await offerPort(db);
    await accept(db, id);
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    await runOperation(deletePhysicalConnection, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.equal(
      (await row<{ status: string }>(db, "select status from orders where id = ?", orderId)).status,
      "cancelled",
    );
  });

  test("refused while a VBR is on the port; a deleted port is gone", async () => {
    const db = await freshDb();
    const prod = { regionId: HZ, physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd };
    await assertRefusedUnchanged(
      db,
      () => runOperation(deletePhysicalConnection, caller(db, "acme"), prod),
      "Forbidden.VBRExists",
    );
    const id = await livePort(db);
    await runOperation(deletePhysicalConnection, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(deletePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: id,
        }),
      "InvalidPhysicalConnectionId.NotFound#Records",
    );
  });

  test("not while Terminating", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await sqlRun(
      db,
      "update hosted_connections set status = 'Terminating', status_changed_at = ? where id = ?",
      later(0),
      id,
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(deletePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: id,
        }),
      "Forbidden.NotAllowedInState",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      [
        "the partner of an accepted port the tenant pays for",
        "unicom",
        "Forbidden.OperationNotAllowedByUser",
      ],
      ["another tenant", "globex", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["another partner", "equinix", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        const id = await livePort(db);
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(deletePhysicalConnection, caller(db, who), {
              regionId: HZ,
              physicalConnectionId: id,
            }),
          key,
        );
      });
    }
  });
});
