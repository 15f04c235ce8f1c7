import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { sqlAll } from "../../../db/test/raw-sql";
import {
  accept,
  buy,
  DAY_MS,
  freshDb,
  later,
  offerPort,
  portRow,
  row,
} from "../operations/write-test-helpers";
import { LAPSE_OFFER_ACTION, lapseOffers } from "./lapse-offers";

describe("offers lapse at their expiry", () => {
  test("an offer carries 7 days by default, or the days the partner chose", async () => {
    const db = await freshDb();
    const byDefault = await portRow(db, await offerPort(db, { vlanId: 1600 }));
    const chosen = await portRow(db, await offerPort(db, { vlanId: 1601, offerValidityDays: 2 }));
    assert.equal(new Date(Number(byDefault.offer_expires_at)).getTime(), later(7 * DAY_MS).getTime());
    assert.equal(new Date(Number(chosen.offer_expires_at)).getTime(), later(2 * DAY_MS).getTime());
  });

  test("with the clock moved past the expiry, the offer ends Canceled, its VLAN is freed and the partner hears", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { vlanId: 1602, offerValidityDays: 2 });
    assert.equal(await lapseOffers(db, later(2 * DAY_MS - 1)), 0, "not a moment early");
    assert.equal(await lapseOffers(db, later(2 * DAY_MS)), 1);
    const port = await portRow(db, id);
    assert.deepEqual(
      [port.status, port.vpconn_status, port.vlan_allocation_id],
      ["Canceled", "Deleted", null],
    );
    const told = await row<{ account_uid: string; kind: string } | undefined>(
      db,
      "select account_uid, kind from notifications where resource_id = ? and kind = 'offerLapsed'",
      id,
    );
    assert.equal(told?.account_uid, DEMO_ACCOUNTS.unicom.uid);
    const audit = await sqlAll(
      db,
      "select via, action, result from audit_events where resource_id = ? and action = ?",
      id,
      LAPSE_OFFER_ACTION,
    );
    assert.deepEqual(audit, [{ via: "system", action: LAPSE_OFFER_ACTION, result: "Success" }]);
    assert.equal(await lapseOffers(db, later(3 * DAY_MS)), 0, "a second run has nothing left to do");
  });

  test("an accepted offer never lapses", async () => {
    const db = await freshDb();
    const accepted = await offerPort(db, { vlanId: 1603, offerValidityDays: 1 });
    await accept(db, accepted);
    await buy(db, accepted);
    assert.equal(await lapseOffers(db, later(10 * DAY_MS)), 0);
    assert.equal((await portRow(db, accepted)).status, "Enabled");
  });

  test("a partner that paid ahead for a lapsed offer is refunded in full", async () => {
    const db = await freshDb();
    const id = await offerPort(db, {
      vlanId: 1604,
      orderMode: "PayByPhysicalConnectionOwner",
      offerValidityDays: 1,
    });
    await buy(db, id, "unicom", undefined, { pricingCycle: "Month", period: 1 });
    await lapseOffers(db, later(DAY_MS));
    const refunds = await sqlAll(
      db,
      "select payer_uid, amount_cents from refunds where hosted_connection_id = ?",
      id,
    );
    assert.equal(refunds.length, 1);
    assert.equal((refunds[0] as { payer_uid: string }).payer_uid, DEMO_ACCOUNTS.unicom.uid);
  });
});
