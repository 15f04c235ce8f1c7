import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type CapacityCheck,
  checkCapacity,
  checkVpconnQuota,
  remainingMbps,
  reservedSpec,
  usedMbps,
} from "./capacity";
import { assertVerdict } from "./test-helpers";

describe("capacity", () => {
  test("usedMbps", () => {
    assert.equal(usedMbps([]), 0);
    assert.equal(usedMbps(["50M", "500M", "1G", "10G"]), 11550);
  });

  test("remainingMbps never negative", () => {
    assert.equal(remainingMbps(1000, ["300M"]), 700);
    assert.equal(remainingMbps(100, ["200M"]), 0);
  });

  test("reservedSpec keeps the larger of Spec and ExpectSpec", () => {
    assert.equal(reservedSpec("100M"), "100M");
    assert.equal(reservedSpec("100M", null), "100M");
    assert.equal(reservedSpec("100M", "1G"), "1G");
    assert.equal(reservedSpec("1G", "100M"), "1G");
  });
});

describe("checkCapacity", () => {
  const cases: [label: string, check: CapacityCheck, expected: string, field?: string][] = [
    ["exactly full is allowed", { capacityMbps: 1000, liveSpecs: ["500M"], requested: "500M" }, "allowed"],
    [
      "an empty circuit fits a spec equal to its capacity",
      { capacityMbps: 10000, liveSpecs: [], requested: "10G" },
      "allowed",
    ],
    [
      "one step over is refused",
      { capacityMbps: 1000, liveSpecs: ["500M", "50M"], requested: "500M" },
      "ResourceNotEnough.Bandwidth",
      "Spec",
    ],
    [
      "1 Mbit/s over is refused",
      { capacityMbps: 999, liveSpecs: [], requested: "1G" },
      "ResourceNotEnough.Bandwidth",
    ],
    [
      "the field names ExpectSpec when asked",
      { capacityMbps: 100, liveSpecs: [], requested: "200M", field: "ExpectSpec" },
      "ResourceNotEnough.Bandwidth",
      "ExpectSpec",
    ],
  ];
  for (const [label, check, expected, field] of cases)
    test(label, () => assertVerdict(checkCapacity(check), expected, field));
});

describe("checkVpconnQuota", () => {
  const cases: [liveCount: number, quota: number, expected: string][] = [
    [0, 2, "allowed"],
    [1, 2, "allowed"],
    [2, 2, "QuotaExceeded.VPCONN"],
    [3, 2, "QuotaExceeded.VPCONN"],
  ];
  for (const [liveCount, quota, expected] of cases)
    test(`${liveCount} live of ${quota}`, () =>
      assertVerdict(checkVpconnQuota({ liveCount, quota }), expected));
});
