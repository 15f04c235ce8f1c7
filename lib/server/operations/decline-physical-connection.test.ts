import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { declinePhysicalConnection } from "./decline-physical-connection";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";
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
  offerPort,
  portRow,
  row,
} from "./write-test-helpers";

const HOUR_MS = 60 * 60 * 1000;

// SQLite hands back params as JSON text, PostgreSQL's jsonb as an object.
type NotificationRow = { account_uid: string; kind: string; resource_id: string; params: string | object };

async function notificationsOf(db: Awaited<ReturnType<typeof freshDb>>, kind: string) {
  const rows = await row<NotificationRow | undefined>(
    db,
    "select account_uid, kind, resource_id, params from notifications where kind = ? order by id desc limit 1",
    kind,
  );
  if (!rows) return undefined;
  const params = typeof rows.params === "string" ? JSON.parse(rows.params) : rows.params;
  return { ...rows, params: params as Record<string, string> };
}

describe("DeclinePhysicalConnection", () => {
  test("the tenant declines an offer with a reason: it ends Rejected, VLAN and capacity are freed, the partner hears why", async () => {
    const db = await freshDb();
    // 8G of the 10G circuit: a second 8G offer fits only once this one is gone.
    const id = await offerPort(db, { vlanId: 1500, spec: "8G" });
    await runOperation(declinePhysicalConnection, caller(db, "acme", later(HOUR_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
      reason: "  We chose another carrier  ",
    });
    const port = await portRow(db, id);
    assert.deepEqual(
      [port.status, port.vpconn_status, port.loa_status, port.vlan_allocation_id, port.decline_reason],
      ["Rejected", "Deleted", "Rejected", null, "We chose another carrier"],
    );
    // The VLAN and the bandwidth are free again: the partner offers them anew.
    const again = await offerPort(db, { vlanId: 1500, spec: "8G" }, later(HOUR_MS));
    assert.ok(again);
    const told = await notificationsOf(db, "offerDeclined");
    assert.equal(told?.account_uid, DEMO_ACCOUNTS.unicom.uid);
    assert.equal(told?.resource_id, id);
    assert.deepEqual(
      [told?.params.tenant, told?.params.reason],
      [DEMO_ACCOUNTS.acme.name, "We chose another carrier"],
    );
  });

  test("without a reason the partner is told so with an empty reason", async () => {
    const db = await freshDb();
    await runOperation(declinePhysicalConnection, caller(db, "globex"), {
      regionId: HZ,
      physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
    });
    const port = await portRow(db, DEMO_HOSTED_CONNECTIONS.globexOffer);
    assert.equal(port.decline_reason, null);
    assert.equal((await notificationsOf(db, "offerDeclined"))?.params.reason, "");
  });

  test("a declined offer leaves the lists and is reported with Status Rejected when Deleted ones are asked for", async () => {
    const db = await freshDb();
    const id = DEMO_HOSTED_CONNECTIONS.globexOffer;
    await runOperation(declinePhysicalConnection, caller(db, "globex"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    const live = await runOperation(listVirtualPhysicalConnections, caller(db, "unicom"), {
      regionId: HZ,
      virtualPhysicalConnectionIds: [id],
    });
    assert.equal(live.items.length, 0);
    const ended = await runOperation(listVirtualPhysicalConnections, caller(db, "unicom"), {
      regionId: HZ,
      virtualPhysicalConnectionIds: [id],
      vpconnStatuses: ["Deleted"],
    });
    assert.deepEqual(
      ended.items.map((p) => [p.status, p.vpconnStatus, p.vlanId]),
      [["Rejected", "Deleted", null]],
    );
  });

  test("a partner that paid ahead is refunded in full", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const orderId = await buy(db, id, "unicom", undefined, { pricingCycle: "Month", period: 3 });
    await runOperation(declinePhysicalConnection, caller(db, "acme", later(DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    const refund = await row<{ order_id: string; amount_cents: number; payer_uid: string }>(
      db,
      "select order_id, amount_cents, payer_uid from refunds where hosted_connection_id = ?",
      id,
    );
    assert.deepEqual(
      [refund.order_id, refund.amount_cents, refund.payer_uid],
      [orderId, 480000, DEMO_ACCOUNTS.unicom.uid],
    );
  });

  test("the partner cannot decline; an accepted port cannot be declined; nothing changes", async () => {
    const db = await freshDb();
    const id = await offerPort(db);
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(declinePhysicalConnection, caller(db, "unicom"), {
          regionId: HZ,
          physicalConnectionId: id,
        }),
      "Forbidden.OperationNotAllowedByUser#DeclineTenantOnly",
    );
    await accept(db, id);
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(declinePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: id,
        }),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
  });

  test("another tenant's offer is not found, and a reason over 256 characters is refused", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(declinePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
        }),
      "InvalidPhysicalConnectionId.NotFound#Records",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(declinePhysicalConnection, caller(db, "globex"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
          reason: "x".repeat(257),
        }),
      "InvalidParameter",
    );
  });
});
