import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type CapacityCheck,
  capacityPlan,
  checkCapacity,
  checkSpecFits,
  checkVpconnQuota,
  planAfter,
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

describe("capacityPlan", () => {
  test("splits a circuit into committed, pending and free", () => {
    const plan = capacityPlan(10000, [
      { spec: "1G", expectSpec: null, inService: true },
      { spec: "200M", expectSpec: null, inService: false },
      { spec: "500M", expectSpec: "2G", inService: true },
    ]);
    // In service: 1G + 500M; pending: the 200M offer and the 1500M an unpaid increase holds back.
    assert.deepEqual(plan, { capacityMbps: 10000, committedMbps: 1500, pendingMbps: 1700, freeMbps: 6800 });
  });

  test("free never goes below zero", () => {
    const plan = capacityPlan(1000, [{ spec: "2G", expectSpec: null, inService: true }]);
    assert.equal(plan.freeMbps, 0);
  });

  test("committed plus pending is what checkCapacity counts", () => {
    const ports = [
      { spec: "1G", expectSpec: "2G", inService: true },
      { spec: "200M", expectSpec: null, inService: false },
    ] as const;
    const plan = capacityPlan(3000, ports);
    const reserved = ports.map((p) => reservedSpec(p.spec, p.expectSpec));
    assert.equal(plan.committedMbps + plan.pendingMbps, usedMbps(reserved));
  });

  test("planAfter adds a new offer to pending and takes it from free", () => {
    const after = planAfter(capacityPlan(1000, []), 300);
    assert.deepEqual(after, { capacityMbps: 1000, committedMbps: 0, pendingMbps: 300, freeMbps: 700 });
  });
});

describe("checkSpecFits", () => {
  test("the same answer as checkCapacity for the same reservations", () => {
    for (const requested of ["50M", "500M", "1G", "2G"] as const) {
      const liveSpecs = ["500M", "300M"] as const;
      assert.equal(
        checkSpecFits({ capacityMbps: 1000, reservedMbps: usedMbps(liveSpecs), requested }).ok,
        checkCapacity({ capacityMbps: 1000, liveSpecs, requested }).ok,
        requested,
      );
    }
  });

  test("refuses with the field it was asked for", () => {
    assertVerdict(
      checkSpecFits({ capacityMbps: 1000, reservedMbps: 900, requested: "200M", field: "ExpectSpec" }),
      "ResourceNotEnough.Bandwidth",
      "ExpectSpec",
    );
  });
});
