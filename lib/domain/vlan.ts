import { DomainError } from "./errors";

// VLAN 0 is the untagged Layer 3 router interface: it owns the whole circuit, so it excludes every other VLAN.
export const ROUTER_INTERFACE_VLAN = 0;

export type VlanCheck = {
  vlanId: number;
  /** VLANs of the other live hosted connections and VBRs on the same circuit (exclude the one being edited). */
  taken: readonly number[];
};

export function assertVlanAvailable({ vlanId, taken }: VlanCheck): void {
  if (taken.includes(vlanId)) throw new DomainError("InvalidVlanId.Used", { field: "VlanId" });
  if (vlanId === ROUTER_INTERFACE_VLAN && taken.length > 0) {
    throw new DomainError("IllegalParam.VlanId", { field: "VlanId" });
  }
  if (taken.includes(ROUTER_INTERFACE_VLAN))
    throw new DomainError("IllegalParam.VlanId", { field: "VlanId" });
}

export function isVlanAvailable(check: VlanCheck): boolean {
  try {
    assertVlanAvailable(check);
    return true;
  } catch {
    return false;
  }
}
