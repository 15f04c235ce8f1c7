import assert from "node:assert/strict";
import { test } from "node:test";
import {
  combinedLinkUp,
  counterDelta,
  MAX_SPREAD_MINUTES,
  oldestAcceptedSample,
  retentionCutoff,
  spreadOverMinutes,
} from "./traffic";

const T0 = Date.UTC(2026, 11, 3, 10, 0);

test("a counter's delta is the growth, or the new reading after a reset; never negative", () => {
  assert.equal(counterDelta(100, 250), 150);
  assert.equal(counterDelta(2 ** 64 - 10, 5), 5);
  assert.equal(counterDelta(7, 7), 0);
});

test("a count lands in the minutes it passed, spread evenly over a gap and capped at a day", () => {
  assert.deepEqual(spreadOverMinutes(T0 + 10_000, T0 + 40_000, 9), [[T0, 9]]);
  assert.deepEqual(spreadOverMinutes(T0 + 50_000, T0 + 65_000, 9), [[T0, 9]]);
  assert.deepEqual(spreadOverMinutes(T0, T0 + 3 * 60_000, 10), [
    [T0, 4],
    [T0 + 60_000, 3],
    [T0 + 120_000, 3],
  ]);
  assert.deepEqual(spreadOverMinutes(T0, T0 + 3 * 60_000, 1), [[T0, 1]]);
  const long = spreadOverMinutes(T0 - 3 * 86_400_000, T0, 2 * MAX_SPREAD_MINUTES);
  assert.equal(long.length, MAX_SPREAD_MINUTES);
  assert.equal(long[0]?.[0], T0 - MAX_SPREAD_MINUTES * 60_000);
  assert.equal(
    long.reduce((sum, [, n]) => sum + n, 0),
    2 * MAX_SPREAD_MINUTES,
  );
});

test("retention: raw 7 days, 5-minute 30 days, hourly 13 months; pushes up to 6 days old", () => {
  const now = new Date(T0);
  assert.equal(retentionCutoff(60, now).getTime(), T0 - 7 * 86_400_000);
  assert.equal(retentionCutoff(300, now).getTime(), T0 - 30 * 86_400_000);
  assert.equal(retentionCutoff(3600, now).toISOString(), "2025-11-03T10:00:00.000Z");
  assert.equal(oldestAcceptedSample(now).getTime(), T0 - 6 * 86_400_000);
});

test("a rollup's link is down if any bucket was, unknown if none reported", () => {
  assert.equal(combinedLinkUp([true, null, true]), true);
  assert.equal(combinedLinkUp([true, false]), false);
  assert.equal(combinedLinkUp([null, null]), null);
});
