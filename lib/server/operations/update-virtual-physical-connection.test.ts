import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { describePhysicalConnections } from "./describe-physical-connections";
import { runOperation } from "./operation";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import {
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  livePort,
  row,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const prod = { regionId: "cn-hangzhou", instanceId: DEMO_HOSTED_CONNECTIONS.acmeHzProd, vlanId: 101 };
const offer = { regionId: "cn-hangzhou", instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer, vlanId: 102 };

async function vlanOf(db: Db, table: "hosted_connections" | "vbrs", id: string): Promise<number> {
  return (
    await row<{ vlan_id: number }>(
      db,
      `select va.vlan_id from ${table} t join vlan_allocations va on va.id = t.vlan_allocation_id where t.id = ?`,
      id,
    )
  ).vlan_id;
}

async function expectSpecOf(db: Db, id: string): Promise<string | null> {
  return (
    await row<{ expect_spec: string | null }>(
      db,
      "select expect_spec from hosted_connections where id = ?",
      id,
    )
  ).expect_spec;
}

describe("UpdateVirtualPhysicalConnection", () => {
  test("a new VLAN applies at once and the VBR on the port follows", async () => {
    const db = await freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 1100 });
    assert.equal(await vlanOf(db, "hosted_connections", DEMO_HOSTED_CONNECTIONS.acmeHzProd), 1100);
    assert.equal(await vlanOf(db, "vbrs", DEMO_VBRS.acmeVbrProd), 1100);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 101 });
    assert.equal(await vlanOf(db, "vbrs", DEMO_VBRS.acmeVbrProd), 101, "its own old VLAN is free again");
  });

  test("a VLAN used on the circuit is refused; VLAN 0 is exclusive", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 102 }),
      "InvalidVlanId.Used",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 0 }),
      "IllegalParam.VlanId",
    );
  });

  test("ExpectSpec is stored as pending and reserved against the capacity now", async () => {
    const db = await freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...offer, expectSpec: "8G" });
    assert.equal(await expectSpecOf(db, DEMO_HOSTED_CONNECTIONS.globexOffer), "8G");
    assert.equal(
      (await row<{ spec: string }>(db, "select spec from hosted_connections where id = ?", offer.instanceId))
        .spec,
      "200M",
      "the Spec changes only when paid",
    );
    // 8G reserved + 2G = the 10G circuit exactly full; 5G is one step over.
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, expectSpec: "2G" });
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, expectSpec: "5G" }),
      "ResourceNotEnough.Bandwidth",
    );
  });

  test("asking for the current Spec withdraws a pending ExpectSpec", async () => {
    const db = await freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...offer,
      expectSpec: "500M",
    });
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...offer,
      expectSpec: "200M",
    });
    assert.equal(await expectSpecOf(db, DEMO_HOSTED_CONNECTIONS.globexOffer), null);
  });

  test("ExpectSpec is gated like Spec: privilege and high-spec allowlist", async () => {
    const db = await freshDb();
    const expired = caller(db, "unicom", later(DAY_MS));
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, expired, { ...offer, expectSpec: "500M" }),
      "IllegalParam.Bandwidth",
    );
    await runOperation(updateVirtualPhysicalConnection, expired, { ...offer, vlanId: 1102 });
    await sqlRun(db, "update accounts set high_spec_allowed = false");
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
          ...offer,
          vlanId: 1102,
          expectSpec: "2G",
        }),
      "IllegalParam.Bandwidth",
    );
  });

  test("malformed or missing parameters", async () => {
    const db = await freshDb();
    const as = caller(db, "unicom");
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, as, { ...prod, vlanId: undefined }),
      "MissingParameter",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, as, { ...prod, vlanId: 3000 }),
      "IllegalParam.VlanId",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, as, { ...prod, expectSpec: "3G" }),
      "IllegalParam.Spec",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(updateVirtualPhysicalConnection, as, {
          ...prod,
          instanceId: "pc-bp1nothere00000000000",
        }),
      "ResourceNotFound.PhysicalConnectionId",
    );
  });

  test("a port that is terminating cannot be edited", async () => {
    const db = await freshDb();
    await sqlRun(
      db,
      "update hosted_connections set status = 'Terminating', status_changed_at = ? where id = ?",
      later(0),
      prod.instanceId,
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 1100 }),
      "IncorrectStatus.PhysicalConnection",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the tenant of the port", "acme", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "globex", "ResourceNotFound.PhysicalConnectionId"],
      ["another partner", "equinix", "ResourceNotFound.PhysicalConnectionId"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(updateVirtualPhysicalConnection, caller(db, who), { ...prod, vlanId: 1100 }),
          key,
        );
      });
    }
  });
});

describe("a circuit's used bandwidth", () => {
  test("counts a requested bandwidth as the capacity check does: the larger of Spec and ExpectSpec", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "5G",
    });
    const used = async () => {
      const { items } = await runOperation(describePhysicalConnections, caller(db, "unicom"), {
        regionId: HZ,
      });
      const circuit = items.find((c) => c.id === DEMO_CIRCUITS.unicomHz01);
      return circuit && "usedMbps" in circuit ? circuit.usedMbps : undefined;
    };
    assert.equal(await used(), 1200 + 5000, "the demo set's 1.2G and the 5G requested");
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "200M",
    });
    assert.equal(await used(), 1200 + 500, "a smaller request keeps the 500M it has");
  });
});
