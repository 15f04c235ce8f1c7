import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertCapacity, assertVpconnQuota, remainingMbps, reservedSpec, usedMbps } from "./capacity";
import { assertThrowsKey } from "./test-helpers";

describe("capacity", () => {
  test("usedMbps", () => {
    assert.equal(usedMbps([]), 0);
    assert.equal(usedMbps(["50M", "500M", "1G", "10G"]), 11550);
  });

  test("exactly full is allowed", () =>
    assert.doesNotThrow(() =>
      assertCapacity({ capacityMbps: 1000, liveSpecs: ["500M"], requested: "500M" }),
    ));

  test("one step over is refused", () =>
    assertThrowsKey(
      () => assertCapacity({ capacityMbps: 1000, liveSpecs: ["500M", "50M"], requested: "500M" }),
      "ResourceNotEnough.Bandwidth",
      "Spec",
    ));

  test("1 Mbit/s over is refused", () =>
    assertThrowsKey(
      () => assertCapacity({ capacityMbps: 999, liveSpecs: [], requested: "1G" }),
      "ResourceNotEnough.Bandwidth",
    ));

  test("empty circuit fits a spec equal to capacity", () =>
    assert.doesNotThrow(() => assertCapacity({ capacityMbps: 10000, liveSpecs: [], requested: "10G" })));

  test("field override for ExpectSpec", () =>
    assertThrowsKey(
      () => assertCapacity({ capacityMbps: 100, liveSpecs: [], requested: "200M", field: "ExpectSpec" }),
      "ResourceNotEnough.Bandwidth",
      "ExpectSpec",
    ));

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

describe("assertVpconnQuota", () => {
  test("below the quota", () => assert.doesNotThrow(() => assertVpconnQuota({ liveCount: 1, quota: 2 })));
  test("at the quota", () =>
    assertThrowsKey(() => assertVpconnQuota({ liveCount: 2, quota: 2 }), "QuotaExceeded.VPCONN"));
});
