import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  HIGH_SPECS,
  isHighSpec,
  isSpec,
  ORDER_MODES,
  PHYSICAL_CONNECTION_STATUSES,
  payerRole,
  SPECS,
  specMbps,
  VBR_STATUSES,
} from "./enums";

describe("enums", () => {
  test("SPECS in documented order", () => {
    assert.deepEqual(SPECS, ["50M", "100M", "200M", "300M", "400M", "500M", "1G", "2G", "5G", "8G", "10G"]);
  });

  test("HIGH_SPECS are the allowlisted specs", () => {
    assert.deepEqual(HIGH_SPECS, ["2G", "5G", "8G", "10G"]);
    assert.equal(isHighSpec("1G"), false);
    assert.equal(isHighSpec("2G"), true);
  });

  test("specMbps uses 1G = 1000 Mbit/s", () => {
    const expected = [50, 100, 200, 300, 400, 500, 1000, 2000, 5000, 8000, 10000];
    assert.deepEqual(SPECS.map(specMbps), expected);
  });

  test("isSpec", () => {
    assert.equal(isSpec("50M"), true);
    assert.equal(isSpec("1g"), false);
    assert.equal(isSpec(50), false);
  });

  test("statuses contain wire values", () => {
    assert.equal(PHYSICAL_CONNECTION_STATUSES.length, 11);
    assert.ok(PHYSICAL_CONNECTION_STATUSES.includes("Allocation Failed"));
    assert.deepEqual(VBR_STATUSES, [
      "unconfirmed",
      "active",
      "terminating",
      "terminated",
      "recovering",
      "deleting",
    ]);
  });

  test("payerRole follows OrderMode", () => {
    assert.deepEqual(ORDER_MODES.map(payerRole), ["partner", "tenant"]);
  });
});
