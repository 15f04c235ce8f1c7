// Parameter spellings and message texts as real clients send and read them: the official SDK and
// @alicloud/pop-core, unmodified, over HTTP.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { popClient, popRefusal } from "./pop-client";
import { sdkClient, vpc } from "./sdk-client";
import { sdkTestServer } from "./test-sdk-server";

const { keyOf, sdk, pop, endpoint } = await sdkTestServer();
const HZ = { RegionId: "cn-hangzhou" };

async function sdkRefusal(
  call: Promise<unknown>,
): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { statusCode, code, data } = error as {
      statusCode: number;
      code: string;
      data: { Message: string };
    };
    return { status: statusCode, code, message: data.Message };
  }
  return assert.fail("the call succeeded");
}

const offer = (vlanId: number) => ({
  ...HZ,
  PhysicalConnectionId: DEMO_CIRCUITS.unicomHz01,
  VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
  VlanId: vlanId,
  Spec: "50M",
  OrderMode: "PayByVirtualPhysicalConnectionOwner",
});

type Listed = {
  VirtualPhysicalConnections: { PhysicalConnectionId: string; Tags: { Key: string; Value: string }[] }[];
};

describe("parameters", () => {
  test("booleans in any case: True, TRUE and true", async () => {
    for (const value of ["True", "TRUE", "true"]) {
      const vbrs = await pop("China Unicom").request<{ TotalCount: number }>(
        "DescribeVirtualBorderRouters",
        { ...HZ, IncludeCrossAccountVbr: value },
        { method: "POST" },
      );
      assert.ok(vbrs.TotalCount >= 1, value);
      const dry = await popRefusal(
        pop("China Unicom").request("CreateVirtualPhysicalConnection", { ...offer(2001), DryRun: value }),
      );
      assert.deepEqual(dry, { status: 400, code: "DryRunOperation" }, value);
    }
    const maybe = await popRefusal(
      pop("China Unicom").request("CreateVirtualPhysicalConnection", { ...offer(2001), DryRun: "maybe" }),
    );
    assert.deepEqual(maybe, { status: 400, code: "InvalidParameter" });
  });

  test("an empty Spec is MissingParam.Spec; an unknown one IllegalParam.Spec", async () => {
    const client = sdk("China Unicom");
    const create = (spec: string) =>
      sdkRefusal(
        client.createVirtualPhysicalConnection(
          new vpc.CreateVirtualPhysicalConnectionRequest({
            regionId: "cn-hangzhou",
            physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
            vpconnAliUid: Number(DEMO_ACCOUNTS.acme.uid),
            vlanId: 2002,
            spec,
            orderMode: "PayByVirtualPhysicalConnectionOwner",
          }),
        ),
      );
    assert.deepEqual(await create(""), {
      status: 400,
      code: "MissingParam.Spec",
      message: "The param of Spec is missing.",
    });
    assert.deepEqual(await create("3G"), {
      status: 400,
      code: "IllegalParam.Spec",
      message: "The param of Spec is illegal.",
    });
  });

  test("the reference's sample form Tag=[{...}] stores the tags, like Tag.N.Key", async () => {
    const partner = pop("China Unicom");
    const tag = JSON.stringify([{ Key: "FinanceDept", Value: "FinanceJoshua" }]);
    const created = await partner.request<{ VirtualPhysicalConnection: string }>(
      "CreateVirtualPhysicalConnection",
      // Tags go on a shared port the partner pays for.
      { ...offer(2003), OrderMode: "PayByPhysicalConnectionOwner", Tag: tag },
      { method: "POST" },
    );
    const listed = await partner.request<Listed>("ListVirtualPhysicalConnections", {
      ...HZ,
      "VirtualPhysicalConnectionIds.1": created.VirtualPhysicalConnection,
    });
    // pop-core parses with json-bigint, whose objects have no prototype.
    const tags = listed.VirtualPhysicalConnections[0]?.Tags.map((t) => ({ ...t }));
    assert.deepEqual(tags, [{ Key: "FinanceDept", Value: "FinanceJoshua" }]);
    for (const bad of ["not json", '{"Key":"a"}', '[{"Value":"v"}]']) {
      assert.deepEqual(
        await popRefusal(
          partner.request("CreateVirtualPhysicalConnection", {
            ...offer(2004),
            OrderMode: "PayByPhysicalConnectionOwner",
            Tag: bad,
          }),
        ),
        { status: 400, code: "IllegalParam.Tags" },
        bad,
      );
    }
    const both = { ...offer(2004), Tag: tag, "Tag.1.Key": "k" };
    assert.deepEqual(await popRefusal(partner.request("CreateVirtualPhysicalConnection", both)), {
      status: 400,
      code: "InvalidParameter",
    });
  });

  test("a Token retry that adds an ignored parameter (OwnerId) is the same request", async () => {
    const partner = pop("China Unicom");
    const first = await partner.request<{ VirtualPhysicalConnection: string }>(
      "CreateVirtualPhysicalConnection",
      {
        ...offer(2005),
        Token: "retry-with-owner-id",
      },
    );
    const retry = await partner.request<{ VirtualPhysicalConnection: string }>(
      "CreateVirtualPhysicalConnection",
      {
        ...offer(2005),
        Token: "retry-with-owner-id",
        OwnerId: "1310000000000001",
        ResourceOwnerAccount: "unicom",
      },
    );
    assert.equal(retry.VirtualPhysicalConnection, first.VirtualPhysicalConnection);
    const changed = await popRefusal(
      partner.request("CreateVirtualPhysicalConnection", { ...offer(2006), Token: "retry-with-owner-id" }),
    );
    assert.deepEqual(changed, { status: 400, code: "IdempotentParameterMismatch" });
  });

  test("a SecurityToken with a long-term AccessKey is refused, by either client", async () => {
    const key = keyOf("Acme");
    for (const scheme of ["ACS3", "v2"] as const) {
      const client = sdkClient(endpoint(), key, scheme, { securityToken: "bogus-sts-token" });
      const refused = await sdkRefusal(client.describeRegions(new vpc.DescribeRegionsRequest({})));
      assert.deepEqual(
        [refused.status, refused.code, refused.message],
        [
          400,
          "InvalidSecurityToken.MismatchWithAccessKey",
          "Specified SecurityToken mismatch with the AccessKey.",
        ],
        scheme,
      );
    }
    const viaPop = popClient(`http://${endpoint()}`, { ...key, securityToken: "bogus-sts-token" });
    assert.deepEqual(await popRefusal(viaPop.request("DescribeRegions", {})), {
      status: 400,
      code: "InvalidSecurityToken.MismatchWithAccessKey",
    });
  });
});

describe("messages as the reference tables have them", () => {
  test("UpdateVirtualBorderBandwidth quotes the value it refuses", async () => {
    const refused = await popRefusal(
      pop("China Unicom").request("UpdateVirtualBorderBandwidth", {
        ...HZ,
        VirtualBorderRouterId: DEMO_VBRS.globexLegacy,
        Bandwidth: 0,
      }),
    );
    assert.deepEqual(refused, { status: 400, code: "IllegalParam.Bandwidth" });
    const viaSdk = await sdkRefusal(
      sdk("China Unicom").updateVirtualBorderBandwidth(
        new vpc.UpdateVirtualBorderBandwidthRequest({
          regionId: "cn-hangzhou",
          virtualBorderRouterId: DEMO_VBRS.globexLegacy,
          bandwidth: 0,
        }),
      ),
    );
    assert.equal(viaSdk.message, "The param of Bandwidth [0] is illegal.");
  });

  test("VBR Name and Description messages read plainly, without the reference's mangled quotes", async () => {
    const modify = (q: Partial<vpc.ModifyVirtualBorderRouterAttributeRequest>) =>
      sdkRefusal(
        sdk("Acme").modifyVirtualBorderRouterAttribute(
          new vpc.ModifyVirtualBorderRouterAttributeRequest({
            regionId: "cn-hangzhou",
            vbrId: DEMO_VBRS.acmeVbrProd,
            ...q,
          }),
        ),
      );
    assert.deepEqual(await modify({ name: "1bad" }), {
      status: 400,
      code: "InvalidName.Malformed",
      message: "The specified Name is not valid.",
    });
    assert.deepEqual(await modify({ description: "http://x" }), {
      status: 400,
      code: "InvalidDescription.Malformed",
      message: "The specifid Description is not valid.",
    });
  });

  test("ModifyVirtualBorderRouterAttribute: a malformed gateway is InvalidIp.Malformed, as its table has it", async () => {
    const refused = await sdkRefusal(
      sdk("Acme").modifyVirtualBorderRouterAttribute(
        new vpc.ModifyVirtualBorderRouterAttributeRequest({
          regionId: "cn-hangzhou",
          vbrId: DEMO_VBRS.acmeVbrProd,
          localGatewayIp: "300.1.1.1",
          peerGatewayIp: "10.0.0.2",
          peeringSubnetMask: "255.255.255.252",
        }),
      ),
    );
    assert.deepEqual(refused, {
      status: 400,
      code: "InvalidIp.Malformed",
      message: "The specified ip address is not valid.",
    });
  });
});
