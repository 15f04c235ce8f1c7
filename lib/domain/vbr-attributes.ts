// Who may change which VBR attribute (ModifyVirtualBorderRouterAttribute, UpdateVirtualBorderBandwidth).
import { type Spec, specMbps, type VbrStatus } from "./enums";
import { DomainError, type ErrorCode } from "./errors";
import type { VbrState } from "./vbr-state";

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

const SETTLING: readonly VbrStatus[] = ["terminating", "recovering", "deleting"];

/**
 * The VBR owner sets name, description and addresses; the circuit owner sets CircuitCode and, on a VBR
 * directly on its circuit, the VlanId. A hosted VBR's VLAN is its shared port's (seed 000), changed only
 * through UpdateVirtualPhysicalConnection.
 */
export function assertMayModify(vbr: VbrState, change: VbrAttributeChange): void {
  if (SETTLING.includes(vbr.status)) throw new DomainError("InvalidOperation.OperationNotAllowedInState");
  for (const [field, key] of OWNER_FIELDS) {
    if (change[field] && !vbr.ownerIsCaller) throw new DomainError(key);
  }
  if (change.vlanId && (!vbr.callerIsCircuitOwner || vbr.onHostedConnection)) {
    throw new DomainError("Forbidden.VlanIdNotAllowedByCaller", { field: "VlanId" });
  }
  if (change.circuitCode && !vbr.callerIsCircuitOwner) {
    throw new DomainError("Forbidden.CircuitCodeNotAllowedByCaller", { field: "CircuitCode" });
  }
}

/** Bandwidth Settings (seed 001): the circuit owner caps an active VBR directly on its circuit. */
export function assertBandwidthSettable(vbr: VbrState, capMbps: number, circuitCapacityMbps: number): void {
  if (!vbr.callerIsCircuitOwner) throw new DomainError("Forbidden.OperationNotAllowedByUser#ModifyVbr");
  // A hosted VBR's bandwidth is its shared port's Spec.
  if (vbr.onHostedConnection) throw new DomainError("InvalidStatus.NotAllowed");
  if (vbr.status !== "active") throw new DomainError("InvalidOperation.OperationNotAllowedInState");
  if (capMbps > circuitCapacityMbps) {
    throw new DomainError("IllegalParam.Bandwidth", { args: [String(capMbps)], field: "Bandwidth" });
  }
}

/** A hosted VBR's bandwidth is its shared port's Spec: CreateVirtualBorderRouter may only repeat it. */
export function assertInheritedBandwidth(requestedMbps: number | undefined, portSpec: Spec): void {
  if (requestedMbps === undefined || requestedMbps === specMbps(portSpec)) return;
  throw new DomainError("IllegalParam.Bandwidth", { args: [String(requestedMbps)], field: "Bandwidth" });
}
