import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertThrowsKey } from "./test-helpers";
import { assertBandwidthSettable, assertInheritedBandwidth, assertMayModify } from "./vbr-attributes";
import type { VbrState } from "./vbr-state";

const tenantHosted: VbrState = {
  status: "active",
  onHostedConnection: true,
  ownerIsCaller: true,
  callerIsCircuitOwner: false,
  hostedPayer: "tenant",
};
const partnerHosted: VbrState = { ...tenantHosted, ownerIsCaller: false, callerIsCircuitOwner: true };
const partnerLegacy: VbrState = { ...partnerHosted, onHostedConnection: false, hostedPayer: null };
const tenantLegacy: VbrState = { ...tenantHosted, onHostedConnection: false, hostedPayer: null };

describe("assertMayModify", () => {
  test("the owner changes name, description and addresses", () =>
    assert.doesNotThrow(() =>
      assertMayModify(tenantHosted, {
        name: true,
        description: true,
        localGatewayIp: true,
        peerGatewayIp: true,
        peeringSubnetMask: true,
      }),
    ));
  test("the tenant cannot change the VLAN, hosted or legacy", () => {
    assertThrowsKey(
      () => assertMayModify(tenantHosted, { vlanId: true }),
      "Forbidden.VlanIdNotAllowedByCaller",
      "VlanId",
    );
    assertThrowsKey(
      () => assertMayModify(tenantLegacy, { vlanId: true }),
      "Forbidden.VlanIdNotAllowedByCaller",
    );
  });
  test("the tenant cannot set the circuit code", () =>
    assertThrowsKey(
      () => assertMayModify(tenantHosted, { circuitCode: true }),
      "Forbidden.CircuitCodeNotAllowedByCaller",
    ));
  test("the partner sets VLAN on a legacy VBR and circuit code on any", () => {
    assert.doesNotThrow(() => assertMayModify(partnerLegacy, { vlanId: true, circuitCode: true }));
    assert.doesNotThrow(() => assertMayModify(partnerHosted, { circuitCode: true }));
  });
  test("the partner cannot move a hosted VBR's VLAN (the shared port owns it)", () =>
    assertThrowsKey(
      () => assertMayModify(partnerHosted, { vlanId: true }),
      "Forbidden.VlanIdNotAllowedByCaller",
    ));
  test("the partner cannot touch the tenant's own fields", () => {
    assertThrowsKey(() => assertMayModify(partnerHosted, { name: true }), "Forbidden.NameNotAllowedByCaller");
    assertThrowsKey(
      () => assertMayModify(partnerHosted, { description: true }),
      "Forbidden.DescriptionNotAllowedByCaller",
    );
    assertThrowsKey(
      () => assertMayModify(partnerLegacy, { localGatewayIp: true }),
      "Forbidden.LocalGatewayIpNotAllowedByCaller",
    );
    assertThrowsKey(
      () => assertMayModify(partnerLegacy, { peerGatewayIp: true }),
      "Forbidden.PeerGatewayIpNotAllowedByCaller",
    );
    assertThrowsKey(
      () => assertMayModify(partnerLegacy, { peeringSubnetMask: true }),
      "Forbidden.PeeringSubnetMaskNotAllowedByCaller",
    );
  });
  test("not while a status settles", () => {
    for (const status of ["terminating", "recovering", "deleting"] as const)
      assertThrowsKey(
        () => assertMayModify({ ...tenantHosted, status }, { name: true }),
        "InvalidOperation.OperationNotAllowedInState",
      );
    assert.doesNotThrow(() => assertMayModify({ ...tenantHosted, status: "terminated" }, { name: true }));
  });
});

describe("assertBandwidthSettable", () => {
  test("the circuit owner caps an active legacy VBR up to the circuit capacity", () =>
    assert.doesNotThrow(() => assertBandwidthSettable(partnerLegacy, 10000, 10000)));
  test("above the circuit capacity", () =>
    assertThrowsKey(
      () => assertBandwidthSettable(partnerLegacy, 2000, 1000),
      "IllegalParam.Bandwidth",
      "Bandwidth",
    ));
  test("a hosted VBR follows its port", () =>
    assertThrowsKey(() => assertBandwidthSettable(partnerHosted, 100, 10000), "InvalidStatus.NotAllowed"));
  test("only the circuit owner", () =>
    assertThrowsKey(
      () => assertBandwidthSettable(tenantLegacy, 100, 10000),
      "Forbidden.OperationNotAllowedByUser#ModifyVbr",
    ));
  test("only an active VBR", () =>
    assertThrowsKey(
      () => assertBandwidthSettable({ ...partnerLegacy, status: "terminated" }, 100, 10000),
      "InvalidOperation.OperationNotAllowedInState",
    ));
});

describe("assertInheritedBandwidth", () => {
  test("absent or the port's Spec", () => {
    assert.doesNotThrow(() => assertInheritedBandwidth(undefined, "1G"));
    assert.doesNotThrow(() => assertInheritedBandwidth(1000, "1G"));
  });
  test("anything else", () =>
    assertThrowsKey(() => assertInheritedBandwidth(500, "1G"), "IllegalParam.Bandwidth", "Bandwidth"));
});
