// Who may change which VBR attribute (ModifyVirtualBorderRouterAttribute, UpdateVirtualBorderBandwidth).
import { type Spec, specMbps } from "./enums";
import type { ErrorCode } from "./errors";
import { checkVbrActive, SETTLING_VBR_STATUSES, type VbrState } from "./vbr-state";
import { allow, refuse, type Verdict } from "./verdict";

export type VbrAttributeChange = {
  name?: boolean;
  description?: boolean;
  localGatewayIp?: boolean;
  peerGatewayIp?: boolean;
  peeringSubnetMask?: boolean;
  /** A VlanId different from the current one. */
  vlanId?: boolean;
  circuitCode?: boolean;
};

const OWNER_FIELDS: [keyof VbrAttributeChange, ErrorCode][] = [
  ["name", "Forbidden.NameNotAllowedByCaller"],
  ["description", "Forbidden.DescriptionNotAllowedByCaller"],
  ["localGatewayIp", "Forbidden.LocalGatewayIpNotAllowedByCaller"],
  ["peerGatewayIp", "Forbidden.PeerGatewayIpNotAllowedByCaller"],
  ["peeringSubnetMask", "Forbidden.PeeringSubnetMaskNotAllowedByCaller"],
];

/**
 * The VBR owner sets name, description and addresses; the circuit owner sets CircuitCode and, on a VBR
 * directly on its circuit, the VlanId. A hosted VBR's VLAN is its shared port's, changed only through
 * UpdateVirtualPhysicalConnection.
 */
export function checkMayModify(vbr: VbrState, change: VbrAttributeChange): Verdict {
  if (SETTLING_VBR_STATUSES.includes(vbr.status))
    return refuse("InvalidOperation.OperationNotAllowedInState");
  for (const [field, key] of OWNER_FIELDS) {
    if (change[field] && !vbr.ownerIsCaller) return refuse(key);
  }
  if (change.vlanId && (!vbr.callerIsCircuitOwner || vbr.onHostedConnection)) {
    return refuse("Forbidden.VlanIdNotAllowedByCaller", { field: "VlanId" });
  }
  if (change.circuitCode && !vbr.callerIsCircuitOwner) {
    return refuse("Forbidden.CircuitCodeNotAllowedByCaller", { field: "CircuitCode" });
  }
  return allow();
}

/** Bandwidth Settings: the circuit owner caps an active VBR directly on its circuit. */
export function checkBandwidthSettable(vbr: VbrState, capMbps: number, circuitCapacityMbps: number): Verdict {
  if (!vbr.callerIsCircuitOwner) return refuse("Forbidden.OperationNotAllowedByUser#ModifyVbr");
  // A hosted VBR's bandwidth is its shared port's Spec.
  if (vbr.onHostedConnection) return refuse("InvalidStatus.NotAllowed#HostedBandwidth");
  const active = checkVbrActive(vbr.status);
  if (!active.ok) return active;
  if (capMbps > circuitCapacityMbps) {
    return refuse("IllegalParam.Bandwidth#OverCapacity", { args: [String(capMbps)], field: "Bandwidth" });
  }
  return allow();
}

/** A hosted VBR's bandwidth is its shared port's Spec: CreateVirtualBorderRouter may only repeat it. */
export function checkInheritedBandwidth(requestedMbps: number | undefined, portSpec: Spec): Verdict {
  if (requestedMbps === undefined || requestedMbps === specMbps(portSpec)) return allow();
  return refuse("IllegalParam.Bandwidth#NotPortSpec", { args: [String(requestedMbps)], field: "Bandwidth" });
}
