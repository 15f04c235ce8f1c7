import { allow, refuse, type Verdict } from "./verdict";

// VLAN 0 is the untagged Layer 3 router interface: it owns the whole circuit, so it excludes every other VLAN.
export const ROUTER_INTERFACE_VLAN = 0;

export type VlanCheck = {
  vlanId: number;
  /** VLANs of the other live hosted connections and VBRs on the same circuit (exclude the one being edited). */
  taken: readonly number[];
};

export function checkVlanAvailable({ vlanId, taken }: VlanCheck): Verdict {
  if (taken.includes(vlanId)) return refuse("InvalidVlanId.Used", { field: "VlanId" });
  if (vlanId === ROUTER_INTERFACE_VLAN && taken.length > 0) {
    return refuse("IllegalParam.VlanId#RouterInterface", { field: "VlanId" });
  }
  if (taken.includes(ROUTER_INTERFACE_VLAN)) {
    return refuse("IllegalParam.VlanId#RouterInterface", { field: "VlanId" });
  }
  return allow();
}
