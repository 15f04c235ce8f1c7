// The unmodified CloudMonitor SDK (@alicloud/cms20190101) over real HTTP reads what a partner pushed.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import * as cms from "@alicloud/cms20190101";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { startRpcServer } from "../api/test-server";
import { ingestSeries } from "./ingest";
import { rollUpTraffic } from "./rollup";

// Node's ESM loader hands over the CommonJS exports object as the default export.
const CmsClient = (cms.default as unknown as { default: typeof cms.default }).default;

const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const VBR = DEMO_VBRS.acmeVbrProd;
// Ten minutes of readings ending two minutes ago: 1,000,000 bytes out and 1,500 packets in per minute.
const startMinute = Math.floor(Date.now() / 60_000) * 60_000 - 12 * 60_000;
const minutes = Array.from({ length: 11 }, (_, i) => startMinute + i * 60_000);

let endpoint = "";
let close: () => Promise<void> = async () => {};
before(async () => {
  await ingestSeries(
    db,
    DEMO_ACCOUNTS.unicom.uid,
    [
      series("ifHCOutOctets", PORT, (i) => i * 1_000_000),
      series("ifHCInUcastPkts", PORT, (i) => i * 1_500),
      series("ifHCInOctets", VBR, (i) => i * 600_000),
    ],
    new Date(),
  );
  await rollUpTraffic(db, new Date());
  ({ endpoint, close } = await startRpcServer(db));
});
after(() => close());

function series(name: string, instanceId: string, value: (i: number) => number) {
  return {
    labels: { __name__: name, instance_id: instanceId },
    samples: minutes.map((timestampMs, i) => ({ timestampMs, value: value(i) })),
  };
}

function as(accountName: string): cms.default {
  const key = keys.find((k) => k.accountName === accountName);
  assert.ok(key, accountName);
  return new CmsClient(
    new $OpenApiUtil.Config({
      accessKeyId: key.accessKeyId,
      accessKeySecret: key.accessKeySecret,
      endpoint,
      protocol: "http",
    }),
  );
}

function listRequest(metricName: string, instanceId: string, extra: Record<string, string> = {}) {
  return new cms.DescribeMetricListRequest({
    namespace: "acs_physical_connection",
    metricName,
    dimensions: JSON.stringify([{ instanceId }]),
    period: "60",
    startTime: String(startMinute),
    endTime: String(Date.now()),
    ...extra,
  });
}

type Point = { timestamp: number; userId: string; instanceId: string } & Record<string, number>;
const datapointsOf = (text: string | undefined): Point[] => JSON.parse(text ?? "[]");

describe("the CloudMonitor SDK reads pushed traffic", () => {
  test("DescribeMetricList: a tenant reads its shared port's outbound rate per minute, in bit/s", async () => {
    const res = await as("Acme").describeMetricList(listRequest("RateOutToIDC", PORT));
    assert.equal(res.statusCode, 200);
    assert.equal(res.body?.code, "200");
    assert.equal(res.body?.success, true);
    assert.equal(res.body?.period, "60");
    const points = datapointsOf(res.body?.datapoints);
    assert.equal(points.length, 10);
    assert.deepEqual(points[0], {
      timestamp: startMinute,
      userId: DEMO_ACCOUNTS.acme.uid,
      instanceId: PORT,
      Average: 133_333.33,
      Minimum: 133_333.33,
      Maximum: 133_333.33,
    });
  });

  test("the partner reads the same port, a VBR's Alibaba metric, and 5-minute periods from the rollup", async () => {
    const partner = as("China Unicom");
    const packets = datapointsOf(
      (await partner.describeMetricList(listRequest("PkgsInFromIDC", PORT))).body?.datapoints,
    );
    assert.ok(packets.every((p) => p.Average === 25));
    const vbr = datapointsOf(
      (await partner.describeMetricList(listRequest("RateInFromIDCToVpc", VBR))).body?.datapoints,
    );
    assert.equal(vbr[0]?.Average, 80_000);
    const fiveMinutes = await partner.describeMetricList(
      listRequest("BytesOutToIDC", PORT, { period: "300" }),
    );
    assert.equal(fiveMinutes.body?.period, "300");
    const sums = datapointsOf(fiveMinutes.body?.datapoints);
    assert.equal(
      sums.reduce((total, p) => total + (p.Sum ?? 0), 0),
      10_000_000,
    );
  });

  test("DescribeMetricLast answers each instance's newest datapoint", async () => {
    const res = await as("Acme").describeMetricLast(
      new cms.DescribeMetricLastRequest({
        namespace: "acs_physical_connection",
        metricName: "BytesOutToIDC",
        dimensions: JSON.stringify([{ instanceId: PORT }]),
        period: "60",
      }),
    );
    const points = datapointsOf(res.body?.datapoints);
    assert.deepEqual(
      points.map((p) => [p.timestamp, p.instanceId, p.Sum]),
      [[startMinute + 9 * 60_000, PORT, 1_000_000]],
    );
  });

  test("Length and NextToken page the datapoints", async () => {
    const first = await as("Acme").describeMetricList(listRequest("RateOutToIDC", PORT, { length: "4" }));
    assert.equal(datapointsOf(first.body?.datapoints).length, 4);
    assert.ok(first.body?.nextToken);
    const rest = await as("Acme").describeMetricList(
      listRequest("RateOutToIDC", PORT, { length: "100", nextToken: first.body.nextToken }),
    );
    assert.equal(datapointsOf(rest.body?.datapoints).length, 6);
    assert.equal(rest.body?.nextToken, undefined);
  });
});

describe("who may read which series", () => {
  async function refusal(call: Promise<unknown>): Promise<[number, string]> {
    try {
      await call;
    } catch (error) {
      const { statusCode, code } = error as { statusCode: number; code: string };
      return [statusCode, code];
    }
    return assert.fail("the call succeeded");
  }

  test("another tenant is refused the port's series, as if it did not exist", async () => {
    assert.deepEqual(await refusal(as("Globex").describeMetricList(listRequest("RateOutToIDC", PORT))), [
      400,
      "ResourceNotFound",
    ]);
    assert.deepEqual(
      await refusal(as("Globex").describeMetricList(listRequest("RateOutToIDC", "pc-doesnotexist"))),
      [400, "ResourceNotFound"],
    );
  });

  test("another partner is refused the series of a circuit it does not own", async () => {
    assert.deepEqual(await refusal(as("Equinix").describeMetricList(listRequest("RateOutToIDC", PORT))), [
      400,
      "ResourceNotFound",
    ]);
  });

  test("without Dimensions a tenant gets only its own instances", async () => {
    const res = await as("Globex").describeMetricList(
      new cms.DescribeMetricListRequest({
        namespace: "acs_physical_connection",
        metricName: "RateOutToIDC",
        period: "60",
      }),
    );
    assert.deepEqual(datapointsOf(res.body?.datapoints), []);
  });

  test("a wrong namespace, metric or period is refused with InvalidParameter", async () => {
    const acme = as("Acme");
    const wrong: Array<Record<string, string>> = [
      { namespace: "acs_ecs" },
      { metricName: "CPUUtilization" },
      { period: "90" },
    ];
    for (const extra of wrong) {
      assert.deepEqual(await refusal(acme.describeMetricList(listRequest("RateOutToIDC", PORT, extra))), [
        400,
        "InvalidParameter",
      ]);
    }
  });
});
