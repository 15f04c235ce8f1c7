import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createVirtualBorderRouter } from "./create-virtual-border-router";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { describeVirtualBorderRouters } from "./describe-virtual-border-routers";
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
  vbrRow,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const addresses = {
  localGatewayIp: "10.0.0.1",
  peerGatewayIp: "10.0.0.2",
  peeringSubnetMask: "255.255.255.252",
};

async function ready() {
  const db = await freshDb();
  const id = await livePort(db);
  return { db, input: { regionId: HZ, physicalConnectionId: id, vlanId: 1000, ...addresses } };
}

describe("CreateVirtualBorderRouter", () => {
  test("the tenant builds its VBR on its Active port: active, on the port's VLAN, at the port's Spec", async () => {
    const { db, input } = await ready();
    const { vbrId } = await runOperation(createVirtualBorderRouter, caller(db, "acme"), {
      ...input,
      name: "acme-vbr.2",
    });
    assert.match(vbrId, /^vbr-bp1[a-z0-9]{17}$/);
    const vbr = await vbrRow(db, vbrId);
    assert.deepEqual(
      [vbr?.status, vbr?.hosted_connection_id, vbr?.vlan_id, vbr?.name, vbr?.local_gateway_ip],
      ["active", input.physicalConnectionId, 1000, "acme-vbr.2", "10.0.0.1"],
    );
    assert.equal(vbr?.vlan_allocation_id, (await portRow(db, input.physicalConnectionId)).vlan_allocation_id);
    const listed = await runOperation(describeVirtualBorderRouters, caller(db, "acme"), { regionId: HZ });
    const dto = listed.items.find((v) => v.id === vbrId);
    assert.equal(dto?.bandwidthMbps, 500);
    assert.match(dto?.routeTableId ?? "", /^vtb-bp1/);
    assert.match(dto?.vlanInterfaceId ?? "", /^ri-bp1/);
  });

  test("one VBR per shared port", async () => {
    const { db, input } = await ready();
    await runOperation(createVirtualBorderRouter, caller(db, "acme"), input);
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVirtualBorderRouter, caller(db, "acme"), input),
      "QuotaExceeded.VPCONN#VbrPerVpconn",
    );
  });

  test("a transformed port waits for its own VBR instead", async () => {
    const db = await freshDb();
    await sqlRun(db, "update vbrs set bandwidth_mbps = 200 where id = ?", DEMO_VBRS.globexLegacy);
    const { virtualPhysicalConnection: id } = await runOperation(createVpconnFromVbr, caller(db, "unicom"), {
      regionId: HZ,
      vbrId: DEMO_VBRS.globexLegacy,
    });
    await accept(db, id, "globex");
    await buy(db, id, "globex");
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVirtualBorderRouter, caller(db, "globex"), {
          regionId: HZ,
          physicalConnectionId: id,
          vlanId: 202,
          ...addresses,
        }),
      // Same wire answer as a second VBR (QuotaExceeded.VPCONN, usage 1/1); its own advice in the console.
      "QuotaExceeded.VPCONN#AwaitingVbr",
    );
  });

  test("the VLAN is the port's; the bandwidth is the port's", async () => {
    const { db, input } = await ready();
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVirtualBorderRouter, caller(db, "acme"), { ...input, vlanId: 1001 }),
      "Forbidden.VlanIdNotAllowedByCaller",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVirtualBorderRouter, caller(db, "acme"), { ...input, bandwidth: 100 }),
      "IllegalParam.Bandwidth",
    );
    await runOperation(createVirtualBorderRouter, caller(db, "acme"), { ...input, bandwidth: 500 });
  });

  test("only on a port whose construction is complete and which is in the normal state", async () => {
    const db = await freshDb();
    const pending = await offerPort(db);
    const accepted = await offerPort(db, { vlanId: 1001 });
    await accept(db, accepted);
    for (const [id, vlanId] of [
      [pending, 1000],
      [accepted, 1001],
    ] as const)
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualBorderRouter, caller(db, "acme"), {
            regionId: HZ,
            physicalConnectionId: id,
            vlanId,
            ...addresses,
          }),
        "InvalidPhysicalConnectionId.NotEnabled",
      );
    const expired = await ready();
    await assertRefusedUnchanged(
      expired.db,
      () =>
        runOperation(
          createVirtualBorderRouter,
          caller(expired.db, "acme", later(31 * DAY_MS)),
          expired.input,
        ),
      "InvalidPhysicalConnectionId.NotEnabled",
    );
  });

  describe("every address rule", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["missing Alibaba Cloud side address", { localGatewayIp: undefined }, "MissingParameter"],
      ["missing client-side address", { peerGatewayIp: undefined }, "MissingParameter"],
      ["missing mask", { peeringSubnetMask: undefined }, "MissingParameter"],
      [
        "malformed Alibaba Cloud side address",
        { localGatewayIp: "10.0.0.256" },
        "InvalidLocalGatewayIp.Malformed",
      ],
      ["malformed client-side address", { peerGatewayIp: "10.0.0" }, "InvalidPeerGatewayIp.Malformed"],
      [
        "a mask shorter than /24",
        { peeringSubnetMask: "255.255.254.0" },
        "InvalidPeeringSubnetMask.Malformed",
      ],
      [
        "a mask longer than /30",
        { peeringSubnetMask: "255.255.255.254" },
        "InvalidPeeringSubnetMask.Malformed",
      ],
      ["a non-contiguous mask", { peeringSubnetMask: "255.255.0.255" }, "InvalidPeeringSubnetMask.Malformed"],
      ["the same address twice", { peerGatewayIp: "10.0.0.1" }, "InvalidIp.Malformed#SameAddress"],
      ["different subnets", { peerGatewayIp: "10.0.0.5" }, "InvalidIp.NotSameSubnet"],
      ["the network address", { localGatewayIp: "10.0.0.0" }, "InvalidIp.Malformed#NetworkOrBroadcast"],
      ["the broadcast address", { peerGatewayIp: "10.0.0.3" }, "InvalidIp.Malformed#NetworkOrBroadcast"],
      ["a malformed name", { name: "1vbr" }, "InvalidName.Malformed#Vbr"],
      ["a malformed description", { description: "http://x" }, "InvalidDescription.Malformed#Vbr"],
    ];
    for (const [name, patch, key] of cases) {
      test(name, async () => {
        const { db, input } = await ready();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVirtualBorderRouter, caller(db, "acme"), { ...input, ...patch }),
          key,
        );
      });
    }
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the partner", "unicom", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "globex", "InvalidPhysicalConnectionId.NotFound"],
      ["another partner", "equinix", "InvalidPhysicalConnectionId.NotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const { db, input } = await ready();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVirtualBorderRouter, caller(db, who), input),
          key,
        );
      });
    }
    test("a port of another tenant, by ID", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualBorderRouter, caller(db, "globex"), {
            regionId: HZ,
            physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
            vlanId: 101,
            ...addresses,
          }),
        "InvalidPhysicalConnectionId.NotFound",
      );
    });
  });
});
