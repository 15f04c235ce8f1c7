// The unmodified official SDK over real HTTP, against the same handler the Next route serves.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { OpenApiUtil } from "@alicloud/openapi-core";
import { DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { eq } from "drizzle-orm";
import { hostedConnections } from "../../../db/schema";
import type { SdkKey, SignatureScheme } from "./sdk-client";
import { vpc } from "./sdk-client";
import { sdkTestServer } from "./test-sdk-server";

const { db, keyOf, sdk } = await sdkTestServer();

async function refusal(call: Promise<unknown>): Promise<[number, string]> {
  try {
    await call;
  } catch (error) {
    const { statusCode, code } = error as { statusCode: number; code: string };
    return [statusCode, code];
  }
  return assert.fail("the call succeeded");
}

const inHangzhou = { regionId: "cn-hangzhou" };

for (const scheme of ["ACS3", "v2"] as SignatureScheme[]) {
  describe(`the official SDK with the ${scheme} signature`, () => {
    const as = (name: string, override: Partial<SdkKey> = {}) => sdk(name, scheme, override);

    test("DescribeRegions answers Regions.Region[] in the asked language", async () => {
      const res = await as("Acme").describeRegions(
        new vpc.DescribeRegionsRequest({ acceptLanguage: "en-US" }),
      );
      assert.equal(res.statusCode, 200);
      assert.match(res.body?.requestId ?? "", /^[0-9A-F-]{36}$/);
      assert.deepEqual(
        res.body?.regions?.region?.map((r) => [r.regionId, r.localName]),
        [
          ["cn-hangzhou", "China (Hangzhou)"],
          ["cn-beijing", "China (Beijing)"],
          ["us-east-1", "US (Virginia)"],
        ],
      );
    });

    test("DescribePhysicalConnections filters with Filter.N.Key and Filter.N.Value.M", async () => {
      const filter = (key: string, value: string[]) =>
        new vpc.DescribePhysicalConnectionsRequestFilter({ key, value });
      const partner = await as("China Unicom").describePhysicalConnections(
        new vpc.DescribePhysicalConnectionsRequest({
          ...inHangzhou,
          filter: [filter("PhysicalConnectionId", [DEMO_CIRCUITS.unicomHz01, DEMO_CIRCUITS.unicomBj01])],
        }),
      );
      const circuits = partner.body?.physicalConnectionSet?.physicalConnectionType ?? [];
      assert.deepEqual(
        circuits.map((c) => [c.physicalConnectionId, c.productType]),
        [[DEMO_CIRCUITS.unicomHz01, "PhysicalConnection"]],
      );
      assert.equal(partner.body?.totalCount, 1);

      const tenant = await as("Acme").describePhysicalConnections(
        new vpc.DescribePhysicalConnectionsRequest({
          ...inHangzhou,
          pageSize: 50,
          filter: [filter("ProductType", ["VirtualPhysicalConnection"]), filter("Status", ["Enabled"])],
        }),
      );
      const port = tenant.body?.physicalConnectionSet?.physicalConnectionType?.find(
        (p) => p.physicalConnectionId === DEMO_HOSTED_CONNECTIONS.acmeHzProd,
      );
      assert.equal(port?.vlanId, "101", "VlanId is a string here");
      assert.equal(port?.parentPhysicalConnectionAliUid, 1310000000000001);
      assert.equal(port?.vpconnStatus, "Confirmed");
      assert.ok(Array.isArray(port?.tags?.tags), "tags nest under a lower-case `tags`");
      assert.equal(tenant.body?.pageSize, 50);
    });

    test("ListVirtualPhysicalConnections pages with MaxResults and NextToken, and filters by ID", async () => {
      const unicom = as("China Unicom");
      const seen: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await unicom.listVirtualPhysicalConnections(
          new vpc.ListVirtualPhysicalConnectionsRequest({ ...inHangzhou, maxResults: 1, nextToken }),
        );
        assert.ok((page.body?.virtualPhysicalConnections?.length ?? 0) <= 1);
        seen.push(...(page.body?.virtualPhysicalConnections ?? []).map((p) => p.physicalConnectionId ?? ""));
        nextToken = page.body?.nextToken || undefined;
      } while (nextToken);
      assert.ok(seen.includes(DEMO_HOSTED_CONNECTIONS.acmeHzProd));
      assert.equal(new Set(seen).size, seen.length, "no page repeats a record");

      const one = await unicom.listVirtualPhysicalConnections(
        new vpc.ListVirtualPhysicalConnectionsRequest({
          ...inHangzhou,
          virtualPhysicalConnectionIds: [DEMO_HOSTED_CONNECTIONS.acmeHzProd],
        }),
      );
      const [record] = one.body?.virtualPhysicalConnections ?? [];
      assert.equal(one.body?.totalCount, 1);
      assert.equal(record?.vlanId, "101");
      assert.equal(record?.aliUid, "1210123456123456");
      assert.equal(record?.virtualPhysicalConnectionStatus, "Confirmed");
    });

    test("a shared port's period: EndTime, ChargeType and the lock at expiry, as the SDK reads them", async () => {
      const locked = DEMO_HOSTED_CONNECTIONS.initechVaLocked;
      const [row] = await db
        .select({ endTime: hostedConnections.endTime })
        .from(hostedConnections)
        .where(eq(hostedConnections.id, locked));
      const endTime = row?.endTime?.toISOString().replace(/\.\d{3}Z$/, "Z");
      assert.ok(endTime);
      const inVirginia = { regionId: "us-east-1" };
      const described = await as("Initech").describePhysicalConnections(
        new vpc.DescribePhysicalConnectionsRequest({
          ...inVirginia,
          filter: [
            new vpc.DescribePhysicalConnectionsRequestFilter({
              key: "PhysicalConnectionId",
              value: [locked],
            }),
          ],
        }),
      );
      const [port] = described.body?.physicalConnectionSet?.physicalConnectionType ?? [];
      assert.deepEqual(
        [port?.endTime, port?.chargeType, port?.businessStatus],
        [endTime, "Prepaid", "FinancialLocked"],
      );
      const listed = await as("Equinix").listVirtualPhysicalConnections(
        new vpc.ListVirtualPhysicalConnectionsRequest({
          ...inVirginia,
          virtualPhysicalConnectionIds: [locked],
        }),
      );
      const [record] = listed.body?.virtualPhysicalConnections ?? [];
      assert.deepEqual(
        [record?.endTime, record?.chargeType, record?.businessStatus],
        [endTime, "Prepaid", "FinancialLocked"],
      );
    });

    test("DescribeVirtualBorderRouters answers lower-case statuses and a numeric VlanId", async () => {
      const res = await as("Acme").describeVirtualBorderRouters(
        new vpc.DescribeVirtualBorderRoutersRequest({
          ...inHangzhou,
          filter: [
            new vpc.DescribeVirtualBorderRoutersRequestFilter({
              key: "VbrId",
              value: [DEMO_VBRS.acmeVbrProd],
            }),
          ],
        }),
      );
      const [vbr] = res.body?.virtualBorderRouterSet?.virtualBorderRouterType ?? [];
      assert.equal(vbr?.vbrId, DEMO_VBRS.acmeVbrProd);
      assert.equal(vbr?.status, "active");
      assert.equal(vbr?.vlanId, 101);
      assert.equal(vbr?.physicalConnectionId, DEMO_HOSTED_CONNECTIONS.acmeHzProd);
    });

    test("an unknown AccessKey ID is InvalidAccessKeyId.NotFound (404)", async () => {
      const stranger = as("Acme", { accessKeyId: "LTAI0000000000000000000x" });
      assert.deepEqual(await refusal(stranger.describeRegions(new vpc.DescribeRegionsRequest({}))), [
        404,
        "InvalidAccessKeyId.NotFound",
      ]);
    });

    test("a wrong secret is SignatureDoesNotMatch (400)", async () => {
      const forged = as("Acme", { accessKeySecret: keyOf("Globex").accessKeySecret });
      assert.deepEqual(await refusal(forged.describeRegions(new vpc.DescribeRegionsRequest({}))), [
        400,
        "SignatureDoesNotMatch",
      ]);
    });

    test("a date 20 minutes old is InvalidTimeStamp.Expired (400)", async (t) => {
      const stale = new Date(Date.now() - 20 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
      t.mock.method(OpenApiUtil, "getTimestamp", () => stale);
      assert.deepEqual(await refusal(as("Acme").describeRegions(new vpc.DescribeRegionsRequest({}))), [
        400,
        "InvalidTimeStamp.Expired",
      ]);
    });

    test("a reused nonce is SignatureNonceUsed (400)", async (t) => {
      const nonce = `sdk-${scheme}-${Date.now()}`;
      t.mock.method(OpenApiUtil, "getNonce", () => nonce);
      const client = as("Acme");
      await client.describeRegions(new vpc.DescribeRegionsRequest({}));
      assert.deepEqual(await refusal(client.describeRegions(new vpc.DescribeRegionsRequest({}))), [
        400,
        "SignatureNonceUsed",
      ]);
    });

    test("a missing RegionId is MissingParameter (400), named as on the wire", async () => {
      try {
        await as("Acme").describeVirtualBorderRouters(new vpc.DescribeVirtualBorderRoutersRequest({}));
        assert.fail("the call succeeded");
      } catch (error) {
        const { statusCode, code, data } = error as {
          statusCode: number;
          code: string;
          data: { Message: string };
        };
        assert.deepEqual([statusCode, code], [400, "MissingParameter"]);
        assert.equal(
          data.Message,
          "The input parameter 'RegionId' that is mandatory for processing this request is not supplied.",
        );
      }
    });

    test("an action this endpoint does not serve is InvalidApi.NotFound (404)", async () => {
      assert.deepEqual(await refusal(as("Acme").describeVpcs(new vpc.DescribeVpcsRequest(inHangzhou))), [
        404,
        "InvalidApi.NotFound",
      ]);
    });

    test("a malformed value is refused with a 400 naming the wire parameter", async () => {
      try {
        await as("Acme").describePhysicalConnections(
          new vpc.DescribePhysicalConnectionsRequest({ ...inHangzhou, pageSize: 500 }),
        );
        assert.fail("the call succeeded");
      } catch (error) {
        const { statusCode, code, data } = error as {
          statusCode: number;
          code: string;
          data: { Message: string };
        };
        assert.deepEqual(
          [statusCode, code, data.Message],
          [400, "InvalidParameter", "The specified parameter PageSize is not valid."],
        );
      }
    });
  });
}
