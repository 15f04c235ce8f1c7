// The filters the SDK documents for DescribePhysicalConnections and DescribeVirtualBorderRouters,
// with the key and value spellings it shows, through the official SDK and @alicloud/pop-core.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { popRefusal } from "./pop-client";
import { vpc } from "./sdk-client";
import { sdkTestServer } from "./test-sdk-server";

const { sdk, pop } = await sdkTestServer();
const HZ = "cn-hangzhou";
type Filter = { key: string; value: string[] };

async function pcs(
  who: string,
  filter: Filter[],
  extra: Partial<vpc.DescribePhysicalConnectionsRequest> = {},
) {
  const res = await sdk(who).describePhysicalConnections(
    new vpc.DescribePhysicalConnectionsRequest({
      regionId: HZ,
      filter: filter.map((f) => new vpc.DescribePhysicalConnectionsRequestFilter(f)),
      ...extra,
    }),
  );
  return (res.body?.physicalConnectionSet?.physicalConnectionType ?? [])
    .map((pc) => pc.physicalConnectionId)
    .sort();
}

async function vbrIds(
  who: string,
  filter: Filter[],
  extra: Partial<vpc.DescribeVirtualBorderRoutersRequest> = {},
) {
  const res = await sdk(who).describeVirtualBorderRouters(
    new vpc.DescribeVirtualBorderRoutersRequest({
      regionId: HZ,
      filter: filter.map((f) => new vpc.DescribeVirtualBorderRoutersRequestFilter(f)),
      ...extra,
    }),
  );
  return (res.body?.virtualBorderRouterSet?.virtualBorderRouterType ?? []).map((v) => v.vbrId).sort();
}

describe("DescribePhysicalConnections filters", () => {
  test("Type: VPC (any case) is every circuit; anything else none", async () => {
    const all = await pcs("China Unicom", []);
    assert.deepEqual(all, [DEMO_CIRCUITS.unicomHz01, DEMO_CIRCUITS.unicomHz02].sort());
    assert.deepEqual(await pcs("China Unicom", [{ key: "Type", value: ["VPC"] }]), all);
    assert.deepEqual(await pcs("China Unicom", [{ key: "Type", value: ["vpc"] }]), all);
    assert.deepEqual(await pcs("China Unicom", [{ key: "Type", value: ["ECR"] }]), []);
  });

  test("Spec: 1G and below, 10G, 40G, 100G, by the circuit's or the shared port's bandwidth", async () => {
    const tenCircuits = await pcs("China Unicom", [{ key: "Spec", value: ["10G"] }]);
    assert.equal(tenCircuits.length, 2);
    assert.deepEqual(await pcs("China Unicom", [{ key: "Spec", value: ["1G and below", "40G"] }]), []);
    const beijing = await pcs("China Unicom", [{ key: "Spec", value: ["1G and below"] }], {
      regionId: "cn-beijing",
    });
    assert.deepEqual(beijing, [DEMO_CIRCUITS.unicomBj01]);
    const small = await pcs("Acme", [{ key: "Spec", value: ["1G and below"] }]);
    assert.ok(small.includes(DEMO_HOSTED_CONNECTIONS.acmeHzProd), "1G is 1G and below");
    assert.deepEqual(await pcs("Acme", [{ key: "Spec", value: ["100G"] }]), []);
  });

  test("Status and ProductType values in any case", async () => {
    assert.deepEqual(
      await pcs("China Unicom", [{ key: "Status", value: ["ENABLED"] }]),
      await pcs("China Unicom", [{ key: "Status", value: ["Enabled"] }]),
    );
    assert.equal(
      (await pcs("China Unicom", [{ key: "ProductType", value: ["physicalconnection"] }])).length,
      2,
    );
  });

  test("ResourceGroupId filters shared ports for real; circuits carry none", async () => {
    // A port the partner creates goes into the partner's default resource group.
    const created = await pop("China Unicom").request<{
      VirtualPhysicalConnection: string;
    }>("CreateVirtualPhysicalConnection", {
      RegionId: HZ,
      PhysicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
      VlanId: 2101,
      Spec: "50M",
      OrderMode: "PayByPhysicalConnectionOwner",
    });
    const listed = await sdk("Acme").describePhysicalConnections(
      new vpc.DescribePhysicalConnectionsRequest({
        regionId: HZ,
        filter: [
          new vpc.DescribePhysicalConnectionsRequestFilter({
            key: "PhysicalConnectionId",
            value: [created.VirtualPhysicalConnection],
          }),
        ],
      }),
    );
    const group = listed.body?.physicalConnectionSet?.physicalConnectionType?.[0]?.resourceGroupId;
    assert.ok(group, "the new port shows its resource group");
    const inGroup = await pcs("Acme", [], { resourceGroupId: group });
    assert.ok(inGroup.includes(created.VirtualPhysicalConnection));
    assert.ok(inGroup.length < (await pcs("Acme", [])).length, "ports outside the group are left out");
    assert.deepEqual(await pcs("Acme", [], { resourceGroupId: "rg-nonexistent" }), []);
    assert.deepEqual(await pcs("China Unicom", [], { resourceGroupId: group }), []);
  });

  test("Tags.N.Key / Tags.N.Value match the shared ports that carry them", async () => {
    const partner = pop("China Unicom");
    const created = await partner.request<{ VirtualPhysicalConnection: string }>(
      "CreateVirtualPhysicalConnection",
      {
        RegionId: HZ,
        PhysicalConnectionId: DEMO_CIRCUITS.unicomHz01,
        VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
        VlanId: 2100,
        Spec: "50M",
        OrderMode: "PayByPhysicalConnectionOwner",
        "Tag.1.Key": "team",
        "Tag.1.Value": "network",
      },
    );
    const id = created.VirtualPhysicalConnection;
    const tagged = (value?: string) => [
      new vpc.DescribePhysicalConnectionsRequestTags({ key: "team", value }),
    ];
    assert.deepEqual(await pcs("Acme", [], { tags: tagged("network") }), [id]);
    assert.deepEqual(await pcs("Acme", [], { tags: tagged() }), [id]);
    assert.deepEqual(await pcs("Acme", [], { tags: tagged("finance") }), []);
  });
});

describe("DescribeVirtualBorderRouters filters", () => {
  test("Status: the SDK's own example Active, in any case", async () => {
    for (const status of ["Active", "ACTIVE", "active"]) {
      assert.deepEqual(
        await vbrIds("Acme", [{ key: "Status", value: [status] }]),
        [DEMO_VBRS.acmeVbrProd],
        status,
      );
    }
  });

  test("eccId matches none (no VBR here is on an Express Cloud Connect); type pconn is every VBR", async () => {
    assert.deepEqual(await vbrIds("Acme", [{ key: "eccId", value: ["ecc-1"] }]), []);
    assert.deepEqual(await vbrIds("Acme", [{ key: "type", value: ["pconn"] }]), [DEMO_VBRS.acmeVbrProd]);
    assert.deepEqual(await vbrIds("Acme", [{ key: "type", value: ["ecr"] }]), []);
    assert.deepEqual(await vbrIds("Acme", [], { resourceGroupId: "rg-any" }), []);
  });

  test("a refused value is named as it was sent: Filter.N.Value.M", async () => {
    const acme = pop("Acme");
    const params = {
      RegionId: HZ,
      "Filter.1.Key": "VbrId",
      "Filter.1.Value.1": DEMO_VBRS.acmeVbrProd,
      "Filter.2.Key": "Status",
      "Filter.2.Value.1": "active",
      "Filter.2.Value.2": "sleeping",
    };
    const refused = await acme.request("DescribeVirtualBorderRouters", params).then(
      () => "answered",
      (error: { code?: string; data?: { Message?: string } }) => [error.code, error.data?.Message],
    );
    assert.deepEqual(refused, ["InvalidParameter", "The specified parameter Filter.2.Value.2 is not valid."]);
    assert.deepEqual(
      await popRefusal(
        acme.request("DescribeVirtualBorderRouters", { RegionId: HZ, "Filter.1.Key": "Colour" }),
      ),
      { status: 400, code: "InvalidParameter" },
    );
  });
});
