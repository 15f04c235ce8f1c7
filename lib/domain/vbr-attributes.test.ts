import { describe, test } from "node:test";
import type { Spec } from "./enums";
import { assertVerdict } from "./test-helpers";
import {
  checkBandwidthSettable,
  checkInheritedBandwidth,
  checkMayModify,
  type VbrAttributeChange,
} from "./vbr-attributes";
import type { VbrState } from "./vbr-state";

const tenantHosted: VbrState = {
  status: "active",
  onHostedConnection: true,
  ownerIsCaller: true,
  callerIsCircuitOwner: false,
  hostedPayer: "tenant",
  awaitedByPort: false,
};
const partnerHosted: VbrState = { ...tenantHosted, ownerIsCaller: false, callerIsCircuitOwner: true };
const partnerLegacy: VbrState = { ...partnerHosted, onHostedConnection: false, hostedPayer: null };
const tenantLegacy: VbrState = { ...tenantHosted, onHostedConnection: false, hostedPayer: null };

describe("checkMayModify", () => {
  const ownerFields = {
    name: true,
    description: true,
    localGatewayIp: true,
    peerGatewayIp: true,
    peeringSubnetMask: true,
  };
  const cases: [
    label: string,
    vbr: VbrState,
    change: VbrAttributeChange,
    expected: string,
    field?: string,
  ][] = [
    ["the owner changes name, description and addresses", tenantHosted, ownerFields, "allowed"],
    ["the owner edits a disabled VBR", { ...tenantHosted, status: "terminated" }, { name: true }, "allowed"],
    [
      "the tenant cannot change a hosted VBR's VLAN",
      tenantHosted,
      { vlanId: true },
      "Forbidden.VlanIdNotAllowedByCaller",
      "VlanId",
    ],
    [
      "the tenant cannot change a legacy VBR's VLAN",
      tenantLegacy,
      { vlanId: true },
      "Forbidden.VlanIdNotAllowedByCaller",
    ],
    [
      "the tenant cannot set the circuit code",
      tenantHosted,
      { circuitCode: true },
      "Forbidden.CircuitCodeNotAllowedByCaller",
      "CircuitCode",
    ],
    [
      "the partner sets VLAN and circuit code on a legacy VBR",
      partnerLegacy,
      { vlanId: true, circuitCode: true },
      "allowed",
    ],
    ["the partner sets the circuit code on a hosted VBR", partnerHosted, { circuitCode: true }, "allowed"],
    [
      "the partner cannot move a hosted VBR's VLAN (the shared port owns it)",
      partnerHosted,
      { vlanId: true },
      "Forbidden.VlanIdNotAllowedByCaller",
    ],
    [
      "the partner cannot rename the tenant's VBR",
      partnerHosted,
      { name: true },
      "Forbidden.NameNotAllowedByCaller",
    ],
    ["nor describe it", partnerHosted, { description: true }, "Forbidden.DescriptionNotAllowedByCaller"],
    [
      "nor set its local address",
      partnerLegacy,
      { localGatewayIp: true },
      "Forbidden.LocalGatewayIpNotAllowedByCaller",
    ],
    [
      "nor its peer address",
      partnerLegacy,
      { peerGatewayIp: true },
      "Forbidden.PeerGatewayIpNotAllowedByCaller",
    ],
    [
      "nor its mask",
      partnerLegacy,
      { peeringSubnetMask: true },
      "Forbidden.PeeringSubnetMaskNotAllowedByCaller",
    ],
    ...(["terminating", "recovering", "deleting"] as const).map(
      (status): [string, VbrState, VbrAttributeChange, string] => [
        `not while ${status}`,
        { ...tenantHosted, status },
        { name: true },
        "InvalidOperation.OperationNotAllowedInState",
      ],
    ),
  ];
  for (const [label, vbr, change, expected, field] of cases)
    test(label, () => assertVerdict(checkMayModify(vbr, change), expected, field));
});

describe("checkBandwidthSettable", () => {
  const cases: [label: string, vbr: VbrState, cap: number, capacity: number, expected: string][] = [
    [
      "the circuit owner caps an active legacy VBR up to the circuit capacity",
      partnerLegacy,
      10000,
      10000,
      "allowed",
    ],
    ["not above the circuit capacity", partnerLegacy, 2000, 1000, "IllegalParam.Bandwidth#OverCapacity"],
    ["a hosted VBR follows its port", partnerHosted, 100, 10000, "InvalidStatus.NotAllowed#HostedBandwidth"],
    ["only the circuit owner", tenantLegacy, 100, 10000, "Forbidden.OperationNotAllowedByUser#ModifyVbr"],
    [
      "not a disabled VBR",
      { ...partnerLegacy, status: "terminated" },
      100,
      10000,
      "InvalidOperation.OperationNotAllowedInState#Disabled",
    ],
    [
      "not while it settles",
      { ...partnerLegacy, status: "recovering" },
      100,
      10000,
      "InvalidOperation.OperationNotAllowedInState",
    ],
  ];
  for (const [label, vbr, cap, capacity, expected] of cases)
    test(label, () => assertVerdict(checkBandwidthSettable(vbr, cap, capacity), expected));
  test("the refusal names the Bandwidth field", () =>
    assertVerdict(
      checkBandwidthSettable(partnerLegacy, 2000, 1000),
      "IllegalParam.Bandwidth#OverCapacity",
      "Bandwidth",
    ));
});

describe("checkInheritedBandwidth", () => {
  const cases: [requested: number | undefined, port: Spec, expected: string][] = [
    [undefined, "1G", "allowed"],
    [1000, "1G", "allowed"],
    [500, "1G", "IllegalParam.Bandwidth#NotPortSpec"],
  ];
  for (const [requested, port, expected] of cases)
    test(`${requested} on a ${port} port`, () =>
      assertVerdict(
        checkInheritedBandwidth(requested, port),
        expected,
        expected === "allowed" ? undefined : "Bandwidth",
      ));
});
