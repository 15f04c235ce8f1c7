import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { modifyVirtualBorderRouterAttribute } from "./modify-virtual-border-router-attribute";
import { runOperation } from "./operation";
import { assertRefusedUnchanged, caller, freshDb, HZ, row, vbrRow, type Who } from "./write-test-helpers";

const prod = { regionId: HZ, vbrId: DEMO_VBRS.acmeVbrProd };
const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

describe("ModifyVirtualBorderRouterAttribute", () => {
  test("the owner changes name, description and addresses", async () => {
    const db = await freshDb();
    await runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), {
      ...prod,
      name: "acme-vbr-main",
      description: "Main VBR",
      localGatewayIp: "172.16.0.5",
      peerGatewayIp: "172.16.0.6",
    });
    const vbr = await vbrRow(db, prod.vbrId);
    assert.deepEqual(
      [vbr?.name, vbr?.description, vbr?.local_gateway_ip, vbr?.peer_gateway_ip, vbr?.peering_subnet_mask],
      ["acme-vbr-main", "Main VBR", "172.16.0.5", "172.16.0.6", "255.255.255.252"],
    );
  });

  test("addresses are checked as a whole, as on create", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), {
          ...prod,
          peerGatewayIp: "172.16.0.9",
        }),
      "InvalidIp.NotSameSubnet",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), {
          ...prod,
          peeringSubnetMask: "255.0.0.0",
        }),
      "InvalidPeeringSubnetMask.Malformed",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), { ...prod, name: "-x" }),
      "InvalidName.Malformed#Vbr",
    );
  });

  test("the tenant cannot change the VLAN, nor the circuit code; sending the current VLAN back is fine", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), { ...prod, vlanId: 1500 }),
      "Forbidden.VlanIdNotAllowedByCaller",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), {
          ...prod,
          circuitCode: "CU-1",
        }),
      "Forbidden.CircuitCodeNotAllowedByCaller",
    );
    await runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), {
      ...prod,
      vlanId: 101,
      name: "acme-vbr",
    });
  });

  test("the circuit owner moves a legacy VBR to a free VLAN and sets the circuit code", async () => {
    const db = await freshDb();
    await runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), {
      ...legacy,
      vlanId: 1202,
      circuitCode: "CU-HZ-0042",
    });
    assert.equal((await vbrRow(db, legacy.vbrId))?.vlan_id, 1202);
    assert.equal(
      (
        await row<{ circuit_code: string }>(
          db,
          "select circuit_code from circuits where id = ?",
          DEMO_CIRCUITS.unicomHz02,
        )
      ).circuit_code,
      "CU-HZ-0042",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), { ...legacy, vlanId: 201 }),
      "InvalidVlanId.Used",
    );
  });

  test("the circuit owner sets a legacy VBR's bandwidth cap, never a hosted one's", async () => {
    const db = await freshDb();
    await runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), {
      ...legacy,
      bandwidth: 300,
    });
    assert.equal((await vbrRow(db, legacy.vbrId))?.bandwidth_mbps, 300);
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), { ...prod, bandwidth: 300 }),
      "InvalidStatus.NotAllowed",
    );
    await runOperation(modifyVirtualBorderRouterAttribute, caller(db, "acme"), { ...prod, bandwidth: 1000 });
    assert.equal(
      (await vbrRow(db, prod.vbrId))?.bandwidth_mbps,
      null,
      "the port's Spec, sent back, changes nothing",
    );
  });

  test("the circuit owner cannot move a hosted VBR's VLAN nor touch the tenant's fields", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () => runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), { ...prod, vlanId: 1500 }),
      "Forbidden.VlanIdNotAllowedByCaller",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), { ...prod, name: "renamed" }),
      "Forbidden.NameNotAllowedByCaller",
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(modifyVirtualBorderRouterAttribute, caller(db, "unicom"), {
          ...legacy,
          localGatewayIp: "192.168.10.5",
        }),
      "Forbidden.LocalGatewayIpNotAllowedByCaller",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["another tenant", "globex", "InvalidVbrId.NotFound#Modify"],
      ["another partner", "equinix", "InvalidVbrId.NotFound#Modify"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(modifyVirtualBorderRouterAttribute, caller(db, who), {
              ...prod,
              name: "taken-over",
            }),
          key,
        );
      });
    }
  });
});
