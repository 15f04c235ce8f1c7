import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { sqlAll } from "../../../db/test/raw-sql";
import { orderAmountCents, periodEnd } from "../../domain/billing";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { runOperation } from "./operation";
import { renewHostedConnection } from "./renew-hosted-connection";
import { setHostedConnectionAutoRenew } from "./set-hosted-connection-auto-renew";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import {
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  livePort,
  NOW,
  portRow,
  row,
} from "./write-test-helpers";

const renewInput = (id: string, patch: Record<string, unknown> = {}) => ({
  regionId: HZ,
  physicalConnectionId: id,
  pricingCycle: "Month",
  period: 2,
  expectedSpec: "500M",
  expectedAmountCents: orderAmountCents("500M", 2, "Month"),
  ...patch,
});

type OrderRow = {
  type: string;
  status: string;
  amount_cents: number;
  service_from: number;
  service_until: number;
};

describe("RenewHostedConnection (console only)", () => {
  test("the payer renews: a paid renew order for the shown amount continues from the expiry", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    const end = periodEnd(NOW, 1, "Month");
    const at = later(3 * DAY_MS);
    const out = await runOperation(renewHostedConnection, caller(db, "acme", at), renewInput(id));
    const until = periodEnd(end, 2, "Month");
    assert.equal(out.endTime, until.toISOString());
    const order = await row<OrderRow>(db, "select * from orders where id = ?", out.orderId);
    assert.deepEqual(
      [order.type, order.status, order.amount_cents, order.service_from, order.service_until],
      ["renew", "paid", orderAmountCents("500M", 2, "Month"), end.getTime(), until.getTime()],
    );
    assert.equal((await portRow(db, id)).end_time, until.getTime());
    const told = await sqlAll<{ account_uid: string }>(
      db,
      "select account_uid from notifications where kind = 'renewed' and resource_id = ? order by account_uid",
      id,
    );
    assert.equal(told.length, 2, "the tenant and the partner are told");
  });

  test("another amount than the one shown, or the wrong payer: refused, nothing charged", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(renewHostedConnection, caller(db, "acme"), renewInput(id, { expectedAmountCents: 1 })),
      "Forbidden.NotAllowedInState#PriceChanged",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(renewHostedConnection, caller(db, "unicom"), renewInput(id)),
      "Forbidden.OperationNotAllowedByUser#TenantPays",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(renewHostedConnection, caller(db, "acme"), renewInput(id, { period: 10 })),
      "InvalidPhysicalConnectionPeriod.Malformed",
    );
  });

  test("with a bandwidth change pending, it renews the bandwidth in force; paying the change covers the renewal too", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "1G",
    });
    await runOperation(renewHostedConnection, caller(db, "acme"), renewInput(id));
    // At NOW the first month is whole and the two renewed months are ahead: three months' difference.
    const difference = orderAmountCents("1G", 1, "Month") - orderAmountCents("500M", 1, "Month");
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay: true,
    });
    const paid = await row<OrderRow>(db, "select * from orders where id = ?", orderId);
    assert.equal(paid.amount_cents, difference * 3);
    assert.equal((await portRow(db, id)).spec, "1G");
  });

  test("deleting refunds the unused month and the renewal not started yet, valued at the bandwidth in force", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(renewHostedConnection, caller(db, "acme"), renewInput(id));
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.deepEqual(
      out.refunds.map((r) => r.amountCents).sort((a, b) => a - b),
      [orderAmountCents("500M", 1, "Month"), orderAmountCents("500M", 2, "Month")],
    );
    // SQLite answers the JSON as text, PostgreSQL as an object.
    const computed = await sqlAll<{ computation: string | { rule: string } }>(
      db,
      "select computation from refunds where hosted_connection_id = ?",
      id,
    );
    for (const { computation } of computed) {
      const parsed = typeof computation === "string" ? JSON.parse(computation) : computation;
      assert.equal(parsed.rule, "unusedTerm");
    }
  });

  test("a downgrade paid mid-period refunds the price difference for the rest of the period", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "200M",
    });
    const end = periodEnd(NOW, 1, "Month");
    const half = new Date(NOW.getTime() + (end.getTime() - NOW.getTime()) / 2);
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme", half), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay: true,
      expectedSpec: "200M",
      expectedAmountCents: 0,
    });
    const refund = await row<{ amount_cents: number; order_id: string }>(
      db,
      "select amount_cents, order_id from refunds where hosted_connection_id = ?",
      id,
    );
    const difference = orderAmountCents("500M", 1, "Month") - orderAmountCents("200M", 1, "Month");
    assert.deepEqual([refund.order_id, refund.amount_cents], [orderId, difference / 2]);
    assert.equal((await portRow(db, id)).spec, "200M");
  });

  test("the payer switches auto-renewal; the partner of a tenant-paid port may not", async () => {
    const db = await freshDb();
    const id = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
    const port = { regionId: HZ, physicalConnectionId: id };
    await runOperation(setHostedConnectionAutoRenew, caller(db, "acme"), { ...port, autoRenew: true });
    assert.equal(
      (await row<{ auto_renew: number }>(db, "select auto_renew from hosted_connections where id = ?", id))
        .auto_renew,
      1,
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(setHostedConnectionAutoRenew, caller(db, "unicom"), { ...port, autoRenew: false }),
      "Forbidden.OperationNotAllowedByUser#TenantPays",
    );
  });
});
