import { describe, test } from "node:test";
import { assertVerdict } from "./test-helpers";
import { checkVlanAvailable, type VlanCheck } from "./vlan";

describe("checkVlanAvailable", () => {
  const cases: [label: string, check: VlanCheck, expected: string][] = [
    ["free VLAN on an empty circuit", { vlanId: 4, taken: [] }, "allowed"],
    ["free VLAN next to others", { vlanId: 4, taken: [1, 2, 2999] }, "allowed"],
    ["VLAN 0 on an empty circuit", { vlanId: 0, taken: [] }, "allowed"],
    ["taken VLAN is refused", { vlanId: 4, taken: [3, 4] }, "InvalidVlanId.Used"],
    ["VLAN 0 taken by another port is refused as used", { vlanId: 0, taken: [0] }, "InvalidVlanId.Used"],
    ["VLAN 0 next to others is refused", { vlanId: 0, taken: [7] }, "IllegalParam.VlanId#RouterInterface"],
    [
      "nothing may join a circuit using VLAN 0",
      { vlanId: 7, taken: [0] },
      "IllegalParam.VlanId#RouterInterface",
    ],
  ];
  for (const [label, check, expected] of cases)
    test(label, () =>
      assertVerdict(checkVlanAvailable(check), expected, expected === "allowed" ? undefined : "VlanId"),
    );
});
