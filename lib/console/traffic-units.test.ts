import assert from "node:assert/strict";
import { test } from "node:test";
import { formatPercent, formatScaled, formatTraffic } from "./traffic-units";

test("rates and bytes scale in decimal steps with their unit", () => {
  assert.equal(formatScaled(0, "bps"), "0 bps");
  assert.equal(formatScaled(999, "bps"), "999 bps");
  assert.equal(formatScaled(1_234_567, "bps"), "1.23 Mbps");
  assert.equal(formatScaled(12_345_678, "pps"), "12.3 Mpps");
  assert.equal(formatScaled(123_456_789_000, "B"), "123 GB");
  assert.equal(formatScaled(2.5, "pps"), "2.50 pps");
});

test("nothing reported shows a dash, percentages keep two significant decimals below 10", () => {
  assert.equal(formatScaled(null, "bps"), "—");
  assert.equal(formatPercent(3.456), "3.46%");
  assert.equal(formatPercent(42.04), "42.0%");
  assert.equal(formatTraffic(null, "%"), "—");
  assert.equal(formatTraffic(1500, "B"), "1.50 KB");
});
