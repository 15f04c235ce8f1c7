import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { createVlanReservation } from "./create-vlan-reservation";
import { deleteVlanReservation } from "./delete-vlan-reservation";
import { describeCircuitPlan } from "./describe-circuit-plan";
import { describeVlanAvailability } from "./describe-vlan-availability";
import { runOperation } from "./operation";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import { assertRefused, assertRefusedUnchanged, caller, freshDb, HZ, offerPort } from "./write-test-helpers";

const hz01 = { regionId: HZ, physicalConnectionId: DEMO_CIRCUITS.unicomHz01 };
const acme = DEMO_ACCOUNTS.acme.uid;
const globex = DEMO_ACCOUNTS.globex.uid;

async function plan(db: Awaited<ReturnType<typeof freshDb>>) {
  const out = await runOperation(describeCircuitPlan, caller(db, "unicom"), hz01);
  const item = out.items[0];
  assert.ok(item);
  return item;
}

describe("DescribeCircuitPlan", () => {
  test("splits unicom-hz-01 into committed (acme-hz-prod), pending (globex-offer) and free", async () => {
    const db = await freshDb();
    const { capacity, liveCount, vlans, freeRanges } = await plan(db);
    assert.deepEqual(capacity, {
      capacityMbps: 10000,
      committedMbps: 1000,
      pendingMbps: 200,
      freeMbps: 8800,
    });
    assert.equal(liveCount, 2);
    assert.deepEqual(
      vlans.map((v) => [v.vlanId, v.portId, v.vbrId, v.tenantUid]),
      [
        [101, DEMO_HOSTED_CONNECTIONS.acmeHzProd, DEMO_VBRS.acmeVbrProd, acme],
        [102, DEMO_HOSTED_CONNECTIONS.globexOffer, null, globex],
      ],
    );
    assert.deepEqual(freeRanges[0], { fromVlan: 1, toVlan: 100 });
  });

  test("a new offer moves its Spec from free to pending", async () => {
    const db = await freshDb();
    await offerPort(db, { spec: "1G" });
    const { capacity } = await plan(db);
    assert.equal(capacity.pendingMbps, 1200);
    assert.equal(capacity.freeMbps, 7800);
  });

  test("a tenant is told no such circuit exists", async () => {
    const db = await freshDb();
    await assertRefused(
      () => runOperation(describeCircuitPlan, caller(db, "acme"), hz01),
      "ResourceNotFound.PhysicalConnectionId",
    );
  });
});

describe("VLAN reservations", () => {
  test("a VLAN reserved for one tenant is refused to another, by create and by modify, and shown on the plan", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    const { reservationId } = await runOperation(createVlanReservation, unicom, {
      ...hz01,
      fromVlanId: 1500,
      toVlanId: 1509,
      vpconnAliUid: acme,
    });
    const offer = { ...hz01, vlanId: 1500, spec: "100M" };
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVirtualPhysicalConnection, unicom, { ...offer, vpconnAliUid: globex }),
      "InvalidVlanId.Reserved",
    );
    await runOperation(createVirtualPhysicalConnection, unicom, { ...offer, vpconnAliUid: acme });
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(updateVirtualPhysicalConnection, unicom, {
          regionId: HZ,
          instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer,
          vlanId: 1501,
        }),
      "InvalidVlanId.Reserved",
    );
    const shown = await plan(db);
    assert.deepEqual(shown.reservations, [
      { id: reservationId, fromVlan: 1500, toVlan: 1509, tenantUid: acme },
    ]);
    assert.ok(!shown.freeRanges.some((r) => r.fromVlan <= 1509 && r.toVlan >= 1500));

    await runOperation(deleteVlanReservation, unicom, { ...hz01, fromVlanId: 1500 });
    await runOperation(updateVirtualPhysicalConnection, unicom, {
      regionId: HZ,
      instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer,
      vlanId: 1501,
    });
  });

  test("a range kept for the partner's own use takes no shared port at all", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    await runOperation(createVlanReservation, unicom, { ...hz01, fromVlanId: 2000, toVlanId: 2000 });
    await assertRefused(
      () =>
        runOperation(createVirtualPhysicalConnection, unicom, {
          ...hz01,
          vpconnAliUid: acme,
          vlanId: 2000,
          spec: "100M",
        }),
      "InvalidVlanId.Reserved#PartnerOwn",
    );
  });

  test("overlapping ranges and ineligible tenants are refused", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    await runOperation(createVlanReservation, unicom, { ...hz01, fromVlanId: 1500, toVlanId: 1509 });
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVlanReservation, unicom, { ...hz01, fromVlanId: 1509, toVlanId: 1600 }),
      "InvalidVlanRange.Overlap",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVlanReservation, unicom, {
          ...hz01,
          fromVlanId: 1700,
          toVlanId: 1710,
          vpconnAliUid: DEMO_ACCOUNTS.unicom.uid,
        }),
      "Forbidden.VpconnAliUid",
    );
  });
});

describe("DescribeVlanAvailability", () => {
  test("answers the create rule's refusal and the next free VLAN, for the tenant being offered", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    await runOperation(createVlanReservation, unicom, {
      ...hz01,
      fromVlanId: 1,
      toVlanId: 10,
      vpconnAliUid: acme,
    });
    const ask = async (q: Record<string, unknown>) =>
      (await runOperation(describeVlanAvailability, unicom, { ...hz01, ...q })).items[0];
    assert.deepEqual(await ask({ vlanId: 101, vpconnAliUid: globex }), {
      id: DEMO_CIRCUITS.unicomHz01,
      vlanId: 101,
      refusal: "InvalidVlanId.Used",
      nextFree: 11,
    });
    assert.equal((await ask({ vlanId: 5, vpconnAliUid: globex }))?.refusal, "InvalidVlanId.Reserved");
    assert.equal(
      (await ask({ vlanId: 0, vpconnAliUid: globex }))?.refusal,
      "IllegalParam.VlanId#RouterInterface",
    );
    const forAcme = await ask({ vlanId: 5, vpconnAliUid: acme });
    assert.equal(forAcme?.refusal, null);
    assert.equal(forAcme?.nextFree, 1);
  });

  test("for a port being modified, its own VLAN is free and its tenant's reservations count", async () => {
    const db = await freshDb();
    const own = await runOperation(describeVlanAvailability, caller(db, "unicom"), {
      ...hz01,
      vlanId: 102,
      instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer,
    });
    assert.equal(own.items[0]?.refusal, null);
  });
});
