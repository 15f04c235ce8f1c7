import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertThrowsKey } from "./test-helpers";
import { assertConvertible, type ConvertibleVbr, specForCap } from "./transform";

const legacy: ConvertibleVbr = {
  onHostedConnection: false,
  converted: false,
  status: "active",
  bandwidthMbps: 200,
};
const billing = { trafficBillingEnabled: true };

describe("specForCap", () => {
  test("exact match", () => assert.equal(specForCap(200), "200M"));
  test("smallest spec above the cap", () => {
    assert.equal(specForCap(150), "200M");
    assert.equal(specForCap(2048), "5G");
    assert.equal(specForCap(1), "50M");
  });
  test("above 10G there is none", () => assert.equal(specForCap(10001), null));
});

describe("assertConvertible", () => {
  test("a capped, active legacy VBR of a tenant with traffic billing", () =>
    assert.equal(assertConvertible(legacy, billing), "200M"));
  test("already converted or already on a shared port", () => {
    assertThrowsKey(
      () => assertConvertible({ ...legacy, converted: true }, billing),
      "OperationFailed.VbrBindedPconn",
    );
    assertThrowsKey(
      () => assertConvertible({ ...legacy, onHostedConnection: true }, billing),
      "OperationFailed.VbrBindedPconn",
    );
  });
  test("not active", () =>
    assertThrowsKey(
      () => assertConvertible({ ...legacy, status: "terminated" }, billing),
      "InvalidOperation.OperationNotAllowedInState",
    ));
  test("Speed Unlimited is not a cap", () =>
    assertThrowsKey(
      () => assertConvertible({ ...legacy, bandwidthMbps: null }, billing),
      "IllegalParam.Bandwidth#SpeedUnlimited",
      "Bandwidth",
    ));
  test("a cap above 10G has no spec", () =>
    assertThrowsKey(
      () => assertConvertible({ ...legacy, bandwidthMbps: 20000 }, billing),
      "IllegalParam.Bandwidth",
    ));
  test("the tenant must bill outbound traffic", () =>
    assertThrowsKey(
      () => assertConvertible(legacy, { trafficBillingEnabled: false }),
      "OperationFailed.PconnTrafficNotEnable",
    ));
});
