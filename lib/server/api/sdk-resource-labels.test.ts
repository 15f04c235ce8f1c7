// Tags, resource groups, access points, a port's name and the VBRs of one circuit: the actions beside the
// lifecycle, through the unmodified official SDK and @alicloud/pop-core.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { resourceGroups } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { popRefusal } from "./pop-client";
import { vpc } from "./sdk-client";
import { sdkTestServer } from "./test-sdk-server";

const { db, sdk, pop } = await sdkTestServer();
const HZ = "cn-hangzhou";
const PROD = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const BACKUP = DEMO_HOSTED_CONNECTIONS.acmeHzBackup;

async function sdkRefusal(call: Promise<unknown>): Promise<[number, string]> {
  try {
    await call;
  } catch (error) {
    const { statusCode, code } = error as { statusCode: number; code: string };
    return [statusCode, code];
  }
  return assert.fail("the call succeeded");
}

async function tagsOf(who: string, type: string, id: string) {
  const res = await sdk(who).listTagResources(
    new vpc.ListTagResourcesRequest({ regionId: HZ, resourceType: type, resourceId: [id] }),
  );
  return (res.body?.tagResources?.tagResource ?? []).map((t) => [t.resourceId, t.tagKey, t.tagValue]);
}

describe("TagResources, UnTagResources, ListTagResources", () => {
  test("the payer tags its shared port; both parties list the tags; UnTagResources removes them", async () => {
    const tagged = await sdk("Acme").tagResources(
      new vpc.TagResourcesRequest({
        regionId: HZ,
        resourceType: "PHYSICALCONNECTION",
        resourceId: [PROD],
        tag: [
          new vpc.TagResourcesRequestTag({ key: "CostCenter", value: "Ops" }),
          new vpc.TagResourcesRequestTag({ key: "Env", value: "Prod" }),
        ],
      }),
    );
    assert.match(tagged.body?.requestId ?? "", /^[0-9A-F-]{36}$/);
    const expected = [
      [PROD, "CostCenter", "Ops"],
      [PROD, "Env", "Prod"],
    ];
    assert.deepEqual(await tagsOf("Acme", "PHYSICALCONNECTION", PROD), expected);
    assert.deepEqual(await tagsOf("China Unicom", "physicalconnection", PROD), expected);
    assert.deepEqual(await tagsOf("Globex", "PHYSICALCONNECTION", PROD), []);

    const byTag = await pop("Acme").request<{ TagResources: { TagResource: { ResourceId: string }[] } }>(
      "ListTagResources",
      { RegionId: HZ, ResourceType: "PHYSICALCONNECTION", "Tag.1.Key": "Env", "Tag.1.Value": "Prod" },
    );
    assert.deepEqual([...new Set(byTag.TagResources.TagResource.map((t) => t.ResourceId))], [PROD]);

    await pop("Acme").request(
      "UnTagResources",
      { RegionId: HZ, ResourceType: "PHYSICALCONNECTION", "ResourceId.1": PROD, "TagKey.1": "Env" },
      { method: "POST" },
    );
    assert.deepEqual(await tagsOf("Acme", "PHYSICALCONNECTION", PROD), [[PROD, "CostCenter", "Ops"]]);
    await sdk("Acme").unTagResources(
      new vpc.UnTagResourcesRequest({
        regionId: HZ,
        resourceType: "PHYSICALCONNECTION",
        resourceId: [PROD],
        all: true,
      }),
    );
    assert.deepEqual(await tagsOf("Acme", "PHYSICALCONNECTION", PROD), []);
  });

  test("the partner tags a port only when it pays; nobody else finds the port", async () => {
    const tag = (who: string, id: string) =>
      sdk(who).tagResources(
        new vpc.TagResourcesRequest({
          regionId: HZ,
          resourceType: "PHYSICALCONNECTION",
          resourceId: [id],
          tag: [new vpc.TagResourcesRequestTag({ key: "Owner", value: "Noc" })],
        }),
      );
    assert.deepEqual(await sdkRefusal(tag("China Unicom", PROD)), [
      403,
      "Forbidden.OperationNotAllowedByUser",
    ]);
    assert.deepEqual(await sdkRefusal(tag("Acme", BACKUP)), [403, "Forbidden.OperationNotAllowedByUser"]);
    assert.deepEqual(await sdkRefusal(tag("Globex", PROD)), [404, "InvalidResourceId.NotFound"]);
    assert.deepEqual(await sdkRefusal(tag("China Unicom", DEMO_CIRCUITS.unicomHz01)), [
      404,
      "InvalidResourceId.NotFound",
    ]);
    await tag("China Unicom", BACKUP);
    assert.deepEqual(await tagsOf("Acme", "PHYSICALCONNECTION", BACKUP), [[BACKUP, "Owner", "Noc"]]);
  });

  test("a VBR is tagged by its owner, as VBR or VIRTUALBORDERROUTER", async () => {
    const vbr = DEMO_VBRS.acmeVbrProd;
    await pop("Acme").request(
      "TagResources",
      {
        RegionId: HZ,
        ResourceType: "VIRTUALBORDERROUTER",
        "ResourceId.1": vbr,
        "Tag.1.Key": "Env",
        "Tag.1.Value": "Prod",
      },
      { method: "POST" },
    );
    assert.deepEqual(await tagsOf("China Unicom", "VBR", vbr), [[vbr, "Env", "Prod"]]);
    assert.deepEqual(
      await popRefusal(
        pop("China Unicom").request("TagResources", {
          RegionId: HZ,
          ResourceType: "VBR",
          "ResourceId.1": vbr,
          "Tag.1.Key": "Noc",
        }),
      ),
      { status: 403, code: "Forbidden.OperationNotAllowedByUser" },
    );
  });

  test("the documented limits: 20 tags, duplicate keys, a list without ResourceId or Tag", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [
        [`Tag.${i + 1}.Key`, `k${i}`],
        [`Tag.${i + 1}.Value`, "v"],
      ]).flat(),
    );
    const base = { RegionId: HZ, ResourceType: "PHYSICALCONNECTION", "ResourceId.1": PROD };
    assert.deepEqual(await popRefusal(pop("Acme").request("TagResources", { ...base, ...many })), {
      status: 400,
      code: "NumberExceed.Tags",
    });
    assert.deepEqual(
      await popRefusal(
        pop("Acme").request("TagResources", { ...base, "Tag.1.Key": "Env", "Tag.2.Key": "Env" }),
      ),
      { status: 400, code: "Duplicate.TagKey" },
    );
    assert.deepEqual(
      await popRefusal(pop("Acme").request("ListTagResources", { RegionId: HZ, ResourceType: "VBR" })),
      { status: 400, code: "MissingParameter" },
    );
    assert.deepEqual(await popRefusal(pop("Acme").request("UnTagResources", base)), {
      status: 400,
      code: "MissingParameter",
    });
  });
});

describe("MoveResourceGroup", () => {
  test("the partner moves its offer between its groups; the ResourceGroupId filters follow", async () => {
    const group = "rg-apiopstest00000001";
    await withTransaction(db, "write", async (tx) => {
      await tx
        .insert(resourceGroups)
        .values({ id: group, accountUid: DEMO_ACCOUNTS.unicom.uid, name: "noc" });
    });
    const move = (who: string, to: string) =>
      sdk(who).moveResourceGroup(
        new vpc.MoveResourceGroupRequest({
          regionId: HZ,
          resourceId: PROD,
          resourceType: "PhysicalConnection",
          newResourceGroupId: to,
        }),
      );
    assert.deepEqual(await sdkRefusal(move("Acme", group)), [403, "Forbidden.OperationNotAllowedByUser"]);
    assert.deepEqual(await sdkRefusal(move("China Unicom", "rg-demo0000000003")), [
      400,
      "InvalidResourceGroupId.NotFound",
    ]);
    await move("China Unicom", group);
    const listed = await sdk("China Unicom").listVirtualPhysicalConnections(
      new vpc.ListVirtualPhysicalConnectionsRequest({ regionId: HZ, resourceGroupId: group }),
    );
    assert.deepEqual(
      listed.body?.virtualPhysicalConnections?.map((p) => [p.physicalConnectionId, p.resourceGroupId]),
      [[PROD, group]],
    );
    const described = await sdk("Acme").describePhysicalConnections(
      new vpc.DescribePhysicalConnectionsRequest({ regionId: HZ, resourceGroupId: group }),
    );
    assert.deepEqual(
      described.body?.physicalConnectionSet?.physicalConnectionType?.map((p) => p.physicalConnectionId),
      [PROD],
    );
  });
});

describe("DescribeAccessPoints", () => {
  test("the region's access points, in the asked language", async () => {
    const res = await sdk("Acme").describeAccessPoints(
      new vpc.DescribeAccessPointsRequest({ regionId: HZ, acceptLanguage: "en-US", pageSize: 50 }),
    );
    const points = res.body?.accessPointSet?.accessPointType ?? [];
    assert.ok(points.length > 0);
    assert.equal(res.body?.totalCount, points.length);
    for (const ap of points) {
      assert.equal(ap.attachedRegionNo, HZ);
      assert.match(ap.accessPointId ?? "", /^ap-cn-hangzhou-/);
      assert.match(ap.name ?? "", /[A-Za-z]/);
    }
  });
});

describe("ModifyPhysicalConnectionAttribute", () => {
  test("the partner renames its circuit and its offer; the tenant may not; other attributes are refused", async () => {
    const modify = (who: string, q: Partial<vpc.ModifyPhysicalConnectionAttributeRequest>) =>
      sdk(who).modifyPhysicalConnectionAttribute(
        new vpc.ModifyPhysicalConnectionAttributeRequest({ regionId: HZ, ...q }),
      );
    await modify("China Unicom", {
      physicalConnectionId: DEMO_CIRCUITS.unicomHz02,
      name: "unicom-hz-02-renamed",
    });
    await modify("China Unicom", {
      physicalConnectionId: BACKUP,
      name: "acme-backup-renamed",
      description: "Second line",
    });
    const listed = await sdk("China Unicom").listVirtualPhysicalConnections(
      new vpc.ListVirtualPhysicalConnectionsRequest({ regionId: HZ, virtualPhysicalConnectionIds: [BACKUP] }),
    );
    assert.deepEqual(
      listed.body?.virtualPhysicalConnections?.map((p) => [p.name, p.description]),
      [["acme-backup-renamed", "Second line"]],
    );
    const circuits = await sdk("China Unicom").describePhysicalConnections(
      new vpc.DescribePhysicalConnectionsRequest({
        regionId: HZ,
        filter: [
          new vpc.DescribePhysicalConnectionsRequestFilter({
            key: "PhysicalConnectionId",
            value: [DEMO_CIRCUITS.unicomHz02],
          }),
        ],
      }),
    );
    assert.equal(
      circuits.body?.physicalConnectionSet?.physicalConnectionType?.[0]?.name,
      "unicom-hz-02-renamed",
    );
    assert.deepEqual(await sdkRefusal(modify("Acme", { physicalConnectionId: BACKUP, name: "mine" })), [
      403,
      "Forbidden.OperationNotAllowedByUser",
    ]);
    assert.deepEqual(await sdkRefusal(modify("Globex", { physicalConnectionId: BACKUP, name: "mine" })), [
      400,
      "InvalidPhysicalConnectionId.NotFound",
    ]);
    assert.deepEqual(
      await sdkRefusal(modify("China Unicom", { physicalConnectionId: BACKUP, name: "1bad" })),
      [400, "InvalidName.Malformed"],
    );
    assert.deepEqual(
      await popRefusal(
        pop("China Unicom").request("ModifyPhysicalConnectionAttribute", {
          RegionId: HZ,
          PhysicalConnectionId: DEMO_CIRCUITS.unicomHz02,
          LineOperator: "CT",
        }),
      ),
      { status: 400, code: "InvalidParameter" },
    );
  });
});

describe("DescribeVirtualBorderRoutersForPhysicalConnection", () => {
  const vbrsOn = async (who: string, id: string) => {
    const res = await sdk(who).describeVirtualBorderRoutersForPhysicalConnection(
      new vpc.DescribeVirtualBorderRoutersForPhysicalConnectionRequest({
        regionId: HZ,
        physicalConnectionId: id,
      }),
    );
    return (
      res.body?.virtualBorderRouterForPhysicalConnectionSet?.virtualBorderRouterForPhysicalConnectionType ??
      []
    ).map((v) => [v.vbrId, v.vbrOwnerUid, v.vlanId]);
  };

  test("the partner sees every VBR on its circuit; a party of a port, the VBR on it; anyone else nothing", async () => {
    assert.deepEqual(await vbrsOn("China Unicom", DEMO_CIRCUITS.unicomHz01), [
      [DEMO_VBRS.acmeVbrProd, Number(DEMO_ACCOUNTS.acme.uid), 101],
    ]);
    assert.deepEqual(await vbrsOn("China Unicom", DEMO_CIRCUITS.unicomHz02), [
      [DEMO_VBRS.globexLegacy, Number(DEMO_ACCOUNTS.globex.uid), 202],
    ]);
    assert.deepEqual(await vbrsOn("Acme", PROD), [
      [DEMO_VBRS.acmeVbrProd, Number(DEMO_ACCOUNTS.acme.uid), 101],
    ]);
    assert.deepEqual(await sdkRefusal(vbrsOn("Globex", DEMO_CIRCUITS.unicomHz01)), [
      400,
      "InvalidPhysicalConnectionId.NotFound",
    ]);
    assert.deepEqual(await sdkRefusal(vbrsOn("Globex", PROD)), [400, "InvalidPhysicalConnectionId.NotFound"]);
  });
});
