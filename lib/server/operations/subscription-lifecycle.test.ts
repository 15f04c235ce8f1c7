import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { sqlAll } from "../../../db/test/raw-sql";
import { orderAmountCents, periodEnd } from "../../domain/billing";
import { GRACE_PERIOD_DAYS } from "../../domain/subscription";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { deleteVirtualBorderRouter } from "./delete-virtual-border-router";
import { runOperation } from "./operation";
import { renewHostedConnection } from "./renew-hosted-connection";
import { setHostedConnectionAutoRenew } from "./set-hosted-connection-auto-renew";
import { advanceSubscriptions } from "./subscription-lifecycle";
import {
  addVbr,
  assertRefused,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  livePort,
  NOW,
  portRow,
  row,
  vbrRow,
} from "./write-test-helpers";

const END = periodEnd(NOW, 1, "Month");
const at = (daysFromEnd: number) => new Date(END.getTime() + daysFromEnd * DAY_MS);

/** What the period told the port's parties (making the port told them of the offer first: not counted). */
const PERIOD_KINDS = new Set([
  "expiresIn7Days",
  "expiresIn3Days",
  "expiresIn1Day",
  "expired",
  "released",
  "renewed",
  "autoRenewFailed",
]);

async function kinds(db: Db, id: string): Promise<string[]> {
  const rows = await sqlAll<{ kind: string; account_uid: string }>(
    db,
    "select kind, account_uid from notifications where resource_id = ? order by id",
    id,
  );
  return rows.map((r) => r.kind).filter((kind) => PERIOD_KINDS.has(kind));
}

/** Acme's live 500M port (VLAN 1000, one month from NOW) with a VBR on it. */
async function portWithVbr() {
  const db = await freshDb();
  const id = await livePort(db);
  const vbrId = await addVbr(db, id);
  return { db, id, vbrId };
}

describe("subscription job (advanceSubscriptions)", () => {
  test("notices 7, 3 and 1 days before and at expiry go to both sides exactly once each", async () => {
    const { db, id } = await portWithVbr();
    for (const day of [-8, -7, -6.9, -5, -3, -2.5, -1, -0.5, 0, 0.1, 1])
      await advanceSubscriptions(db, at(day));
    // Each notice twice: once to the tenant, once to the partner.
    assert.deepEqual(await kinds(db, id), [
      "expiresIn7Days",
      "expiresIn7Days",
      "expiresIn3Days",
      "expiresIn3Days",
      "expiresIn1Day",
      "expiresIn1Day",
      "expired",
      "expired",
    ]);
  });

  test("at expiry the port is FinancialLocked and its VBR stops; renewing in the grace period unlocks both", async () => {
    const { db, id, vbrId } = await portWithVbr();
    await advanceSubscriptions(db, at(0));
    const locked = await row<{ business_status: string }>(
      db,
      "select business_status from hosted_connections where id = ?",
      id,
    );
    assert.equal(locked.business_status, "FinancialLocked");
    assert.equal((await vbrRow(db, vbrId))?.status, "terminated");

    await runOperation(renewHostedConnection, caller(db, "acme", at(5)), {
      regionId: HZ,
      physicalConnectionId: id,
      pricingCycle: "Month",
      period: 1,
      expectedSpec: "500M",
      expectedAmountCents: orderAmountCents("500M", 1, "Month"),
    });
    const renewed = await row<{ business_status: string; end_time: number }>(
      db,
      "select business_status, end_time from hosted_connections where id = ?",
      id,
    );
    // The renewal continues from the old expiry: the locked days are part of the period bought.
    assert.deepEqual(
      [renewed.business_status, renewed.end_time],
      ["Normal", periodEnd(END, 1, "Month").getTime()],
    );
    assert.equal((await vbrRow(db, vbrId))?.status, "active");
    await advanceSubscriptions(db, at(6));
    assert.equal((await kinds(db, id)).filter((k) => k === "expired").length, 2, "no second expiry notice");
  });

  test("auto-renewal renews at expiry for the last term bought, and tells both sides", async () => {
    const { db, id } = await portWithVbr();
    await runOperation(setHostedConnectionAutoRenew, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
      autoRenew: true,
    });
    await advanceSubscriptions(db, at(0));
    const port = await row<{ business_status: string; end_time: number }>(
      db,
      "select business_status, end_time from hosted_connections where id = ?",
      id,
    );
    assert.deepEqual([port.business_status, port.end_time], ["Normal", periodEnd(END, 1, "Month").getTime()]);
    const renewals = await sqlAll<{ amount_cents: number }>(
      db,
      "select amount_cents from orders where hosted_connection_id = ? and type = 'renew' and status = 'paid'",
      id,
    );
    assert.deepEqual(renewals, [{ amount_cents: orderAmountCents("500M", 1, "Month") }]);
    assert.deepEqual(
      (await kinds(db, id)).filter(
        (k) => k !== "expiresIn7Days" && k !== "expiresIn3Days" && k !== "expiresIn1Day",
      ),
      ["renewed", "renewed"],
    );
  });

  test("after the grace period the port and its VBR are released: VLAN and capacity free", async () => {
    const { db, id, vbrId } = await portWithVbr();
    await advanceSubscriptions(db, at(0));
    await advanceSubscriptions(db, at(GRACE_PERIOD_DAYS - 0.01));
    assert.equal((await portRow(db, id)).vpconn_status, "Confirmed", "not before the grace period ends");
    await advanceSubscriptions(db, at(GRACE_PERIOD_DAYS));
    const port = await portRow(db, id);
    assert.deepEqual([port.vpconn_status, port.vlan_allocation_id], ["Deleted", null]);
    assert.equal(await vbrRow(db, vbrId), undefined);
    assert.deepEqual((await kinds(db, id)).slice(-2), ["released", "released"]);
    // The VLAN is free again, and a Deleted port counts against no capacity (liveHostedConnection).
    const vlans = await sqlAll(db, "select id from vlan_allocations where vlan_id = 1000");
    assert.deepEqual(vlans, []);
    await assertRefused(
      () =>
        runOperation(renewHostedConnection, caller(db, "acme", at(GRACE_PERIOD_DAYS)), {
          regionId: HZ,
          physicalConnectionId: id,
          pricingCycle: "Month",
          period: 1,
          expectedSpec: "500M",
          expectedAmountCents: orderAmountCents("500M", 1, "Month"),
        }),
      "InvalidPhysicalConnectionId.NotFound#Records",
    );
  });

  test("a locked port that was not released yet can no longer be renewed once the grace period is over", async () => {
    const { db, id } = await portWithVbr();
    await assertRefused(
      () =>
        runOperation(renewHostedConnection, caller(db, "acme", at(GRACE_PERIOD_DAYS)), {
          regionId: HZ,
          physicalConnectionId: id,
          pricingCycle: "Month",
          period: 1,
          expectedSpec: "500M",
          expectedAmountCents: orderAmountCents("500M", 1, "Month"),
        }),
      "Forbidden.NotAllowedInState#GraceOver",
    );
  });

  test("deleting an expired port takes the expired branch: released, nothing refunded", async () => {
    const { db, id, vbrId } = await portWithVbr();
    await advanceSubscriptions(db, at(0));
    await runOperation(deleteVirtualBorderRouter, caller(db, "acme", at(1)), { regionId: HZ, vbrId });
    await advanceSubscriptions(db, at(1.1));
    const out = await runOperation(deletePhysicalConnection, caller(db, "acme", at(2)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.deepEqual(out, { refunds: [] });
    assert.equal((await portRow(db, id)).vpconn_status, "Deleted");
  });

  test("a second run at the same instant changes nothing (another process may run it too)", async () => {
    const { db, id } = await portWithVbr();
    await advanceSubscriptions(db, at(0));
    const before = await kinds(db, id);
    await advanceSubscriptions(db, at(0));
    assert.deepEqual(await kinds(db, id), before);
  });
});
