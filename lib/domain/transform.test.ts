import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertVerdict } from "./test-helpers";
import {
  type AttachableVbr,
  checkAttachable,
  checkConvertible,
  type ConvertibleVbr,
  specForCap,
} from "./transform";

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

describe("checkConvertible", () => {
  const cases: [label: string, vbr: ConvertibleVbr, billing: boolean, expected: string, field?: string][] = [
    ["already converted", { ...legacy, converted: true }, true, "OperationFailed.VbrBindedPconn"],
    [
      "already on a shared port",
      { ...legacy, onHostedConnection: true },
      true,
      "OperationFailed.VbrBindedPconn",
    ],
    [
      "disabled: recover it first",
      { ...legacy, status: "terminated" },
      true,
      "InvalidOperation.OperationNotAllowedInState#Disabled",
    ],
    [
      "changing status",
      { ...legacy, status: "terminating" },
      true,
      "InvalidOperation.OperationNotAllowedInState",
    ],
    [
      "Speed Unlimited is not a cap",
      { ...legacy, bandwidthMbps: null },
      true,
      "IllegalParam.Bandwidth#SpeedUnlimited",
      "Bandwidth",
    ],
    [
      "a cap above 10G has no spec",
      { ...legacy, bandwidthMbps: 20000 },
      true,
      "IllegalParam.Bandwidth#NoSpecFits",
      "Bandwidth",
    ],
    ["the tenant must bill outbound traffic", legacy, false, "OperationFailed.PconnTrafficNotEnable"],
  ];
  for (const [label, vbr, trafficBillingEnabled, expected, field] of cases)
    test(label, () => assertVerdict(checkConvertible(vbr, { trafficBillingEnabled }), expected, field));

  test("a capped, active legacy VBR of a tenant with traffic billing converts to the Spec that carries it", () =>
    assert.deepEqual(checkConvertible(legacy, billing), { ok: true, value: "200M" }));

  test("Speed Unlimited keeps Alibaba's wire answer", () => {
    const verdict = checkConvertible({ ...legacy, bandwidthMbps: null }, billing);
    assert.ok(!verdict.ok);
    assert.equal(verdict.error.code, "IllegalParam.Bandwidth");
    assert.equal(verdict.error.message, "The param of Bandwidth [Speed Unlimited] is illegal.");
  });
});

describe("checkAttachable", () => {
  const vbr: AttachableVbr = { id: "vbr-1", onHostedConnection: false, status: "active" };
  const port = { sourceVbrId: "vbr-1" };
  const cases: [label: string, vbr: AttachableVbr, port: { sourceVbrId: string | null }, expected: string][] =
    [
      ["the active legacy VBR the port was made from", vbr, port, "allowed"],
      [
        "a VBR already on a shared port",
        { ...vbr, onHostedConnection: true },
        port,
        "OperationFailed.VbrBindedPconn",
      ],
      ["another VBR", { ...vbr, id: "vbr-2" }, port, "InvalidPhysicalConnectionId.NotMatched"],
      ["a port not made from a VBR", vbr, { sourceVbrId: null }, "InvalidPhysicalConnectionId.NotMatched"],
      [
        "a disabled VBR",
        { ...vbr, status: "terminated" },
        port,
        "InvalidOperation.OperationNotAllowedInState#Disabled",
      ],
      [
        "a VBR changing status",
        { ...vbr, status: "recovering" },
        port,
        "InvalidOperation.OperationNotAllowedInState",
      ],
    ];
  for (const [label, candidate, target, expected] of cases)
    test(label, () => assertVerdict(checkAttachable(candidate, target), expected));
});
