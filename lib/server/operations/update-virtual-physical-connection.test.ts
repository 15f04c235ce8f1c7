import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { runOperation } from "./operation";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import { assertRefusedUnchanged, caller, DAY_MS, freshDb, later, row, type Who } from "./write-test-helpers";

const prod = { regionId: "cn-hangzhou", instanceId: DEMO_HOSTED_CONNECTIONS.acmeHzProd, vlanId: 101 };
const offer = { regionId: "cn-hangzhou", instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer, vlanId: 102 };

function vlanOf(db: ReturnType<typeof freshDb>, table: "hosted_connections" | "vbrs", id: string): number {
  return row<{ vlan_id: number }>(
    db,
    `select va.vlan_id from ${table} t join vlan_allocations va on va.id = t.vlan_allocation_id where t.id = ?`,
    id,
  ).vlan_id;
}

function expectSpecOf(db: ReturnType<typeof freshDb>, id: string): string | null {
  return row<{ expect_spec: string | null }>(
    db,
    "select expect_spec from hosted_connections where id = ?",
    id,
  ).expect_spec;
}

describe("UpdateVirtualPhysicalConnection", () => {
  test("a new VLAN applies at once and the VBR on the port follows", async () => {
    const db = freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 1100 });
    assert.equal(vlanOf(db, "hosted_connections", DEMO_HOSTED_CONNECTIONS.acmeHzProd), 1100);
    assert.equal(vlanOf(db, "vbrs", DEMO_VBRS.acmeVbrProd), 1100);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...prod, vlanId: 101 });
    assert.equal(vlanOf(db, "vbrs", DEMO_VBRS.acmeVbrProd), 101, "its own old VLAN is free again");
  });

  test("a VLAN used on the circuit is refused; VLAN 0 is exclusive", async () => {
    const db = freshDb();
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
    const db = freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), { ...offer, expectSpec: "8G" });
    assert.equal(expectSpecOf(db, DEMO_HOSTED_CONNECTIONS.globexOffer), "8G");
    assert.equal(
      row<{ spec: string }>(db, "select spec from hosted_connections where id = ?", offer.instanceId).spec,
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
    const db = freshDb();
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...offer,
      expectSpec: "500M",
    });
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      ...offer,
      expectSpec: "200M",
    });
    assert.equal(expectSpecOf(db, DEMO_HOSTED_CONNECTIONS.globexOffer), null);
  });

  test("ExpectSpec is gated like Spec: privilege and high-spec allowlist", async () => {
    const db = freshDb();
    const expired = caller(db, "unicom", later(DAY_MS));
    await assertRefusedUnchanged(
      db,
      () => runOperation(updateVirtualPhysicalConnection, expired, { ...offer, expectSpec: "500M" }),
      "IllegalParam.Bandwidth",
    );
    await runOperation(updateVirtualPhysicalConnection, expired, { ...offer, vlanId: 1102 });
    db.$client.prepare("update accounts set high_spec_allowed = 0").run();
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
    const db = freshDb();
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
    const db = freshDb();
    db.$client
      .prepare("update hosted_connections set status = 'Terminating', status_changed_at = ? where id = ?")
      .run(later(0).getTime(), prod.instanceId);
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
        const db = freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(updateVirtualPhysicalConnection, caller(db, who), { ...prod, vlanId: 1100 }),
          key,
        );
      });
    }
  });
});
