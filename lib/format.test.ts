import assert from "node:assert/strict";
import { test } from "node:test";
import { formatMbps, formatSpec } from "./format";

test("bandwidth reads in Mbps below 1000 and Gbps from 1000", () => {
  assert.equal(formatMbps(50), "50 Mbps");
  assert.equal(formatMbps(1000), "1 Gbps");
  assert.equal(formatMbps(1200), "1.2 Gbps");
  assert.equal(formatSpec("10G"), "10 Gbps");
});
