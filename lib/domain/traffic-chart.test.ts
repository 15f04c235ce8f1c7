import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CHART_RANGES,
  chartPeriodFor,
  chartPointOf,
  emptyPoint,
  RANGE_MS,
  refreshesLive,
  sumPoints,
  utilisationPercent,
} from "./traffic-chart";
import { zeroCounts } from "./traffic";

test("each range's period: a point a minute up to 12 hours, 5 minutes for a day, 15 for a week, an hour for 30 days", () => {
  assert.deepEqual(
    CHART_RANGES.map((r) => chartPeriodFor(RANGE_MS[r])),
    [60, 60, 60, 60, 300, 900, 3600],
  );
  // A custom range keeps to at most 720 points.
  assert.equal(chartPeriodFor(2 * 24 * 3_600_000), 300);
  assert.equal(chartPeriodFor(3 * 24 * 3_600_000), 900);
});

test("ranges up to a day refresh themselves", () => {
  assert.deepEqual(
    CHART_RANGES.filter((r) => refreshesLive(RANGE_MS[r])),
    ["1h", "3h", "6h", "12h", "1d"],
  );
});

test("utilisation is the busier direction's share of the capacity", () => {
  assert.equal(utilisationPercent(50e6, 100e6, 1000), 10);
  assert.equal(utilisationPercent(333e6, 1e6, 1000), 33.3);
  assert.equal(utilisationPercent(1, 1, 0), 0);
});

test("a period's point: rates over the reported time, bytes summed; nothing reported is all null", () => {
  const minute = {
    ...zeroCounts(),
    bytesOut: 750_000_000,
    bytesIn: 75_000_000,
    packetsOut: 600,
    linkUp: true,
  };
  const point = chartPointOf([minute, minute], 60, 1000);
  assert.equal(point.bpsOut, 100_000_000);
  assert.equal(point.bpsIn, 10_000_000);
  assert.equal(point.ppsOut, 10);
  assert.equal(point.bytesOut, 1_500_000_000);
  assert.equal(point.utilisation, 10);
  assert.deepEqual(chartPointOf([], 60, 1000), emptyPoint());
});

test("a circuit's sum adds what its ports reported, against the circuit's capacity", () => {
  const a = { ...emptyPoint(), bpsIn: 100e6, bpsOut: 200e6, bytesOut: 10 };
  const b = { ...emptyPoint(), bpsIn: 300e6, bpsOut: 100e6, bytesOut: 5 };
  const sum = sumPoints([a, b, emptyPoint()], 10_000);
  assert.equal(sum.bpsIn, 400e6);
  assert.equal(sum.bpsOut, 300e6);
  assert.equal(sum.bytesOut, 15);
  assert.equal(sum.ppsIn, null);
  assert.equal(sum.utilisation, 4);
  assert.deepEqual(sumPoints([emptyPoint()], 10_000), emptyPoint());
});
