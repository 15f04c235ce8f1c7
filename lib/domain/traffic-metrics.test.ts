import assert from "node:assert/strict";
import { test } from "node:test";
import { CMS_METRICS, datapointOf, resolutionFor, type StoredBucket } from "./traffic-metrics";
import { zeroCounts } from "./traffic";

const bucket = (bytesOut: number, linkUp: boolean | null = null): StoredBucket => ({
  ...zeroCounts(),
  bytesOut,
  linkUp,
});
const metric = (name: string) => {
  const def = CMS_METRICS[name];
  assert.ok(def, name);
  return def;
};

test("rates average over the reported buckets, in bit/s for bytes; totals sum", () => {
  const buckets = [bucket(60_000), bucket(120_000)];
  assert.deepEqual(datapointOf(metric("RateOutToIDC"), buckets, 60), {
    Average: 12_000,
    Minimum: 8_000,
    Maximum: 16_000,
  });
  assert.deepEqual(datapointOf(metric("BytesOutToIDC"), buckets, 60), { Sum: 180_000, Value: 180_000 });
  assert.equal(datapointOf(metric("RateOutToIDC"), [], 60), undefined);
});

test("the link is 0 when down in any bucket; no report, no datapoint", () => {
  const link = metric("PortLinkStatus");
  assert.deepEqual(datapointOf(link, [bucket(0, true), bucket(0, false)], 60), {
    Value: 0,
    Minimum: 0,
    Maximum: 1,
  });
  assert.deepEqual(datapointOf(link, [bucket(0, true)], 60), { Value: 1, Minimum: 1, Maximum: 1 });
  assert.equal(datapointOf(link, [bucket(0)], 60), undefined);
});

test("a query reads the coarsest resolution that divides its period and is kept at its start", () => {
  const now = new Date(Date.UTC(2026, 11, 3));
  const daysAgo = (d: number) => now.getTime() - d * 86_400_000;
  assert.deepEqual(resolutionFor(daysAgo(1), 60, now), { resolution: 60, period: 60 });
  assert.deepEqual(resolutionFor(daysAgo(1), 1800, now), { resolution: 300, period: 1800 });
  assert.deepEqual(resolutionFor(daysAgo(1), 7200, now), { resolution: 3600, period: 7200 });
  assert.deepEqual(resolutionFor(daysAgo(10), 60, now), { resolution: 300, period: 300 });
  assert.deepEqual(resolutionFor(daysAgo(10), 900, now), { resolution: 300, period: 900 });
  assert.deepEqual(resolutionFor(daysAgo(60), 600, now), { resolution: 3600, period: 3600 });
});
