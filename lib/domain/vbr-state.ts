import type { PhysicalConnectionStatus, Role, VbrStatus } from "./enums";
import { DomainError } from "./errors";
import { type HostedConnectionState, isExpired } from "./hosted-connection-state";
import { type ActionAvailability, allow, availability, refuse, type Transition } from "./transition";

export type VbrState = {
  status: VbrStatus;
  onHostedConnection: boolean;
  ownerIsCaller: boolean;
  /** Caller owns the dedicated circuit under the VBR (the partner for a hosted VBR). */
  callerIsCircuitOwner: boolean;
  /** Who pays for the shared port under a hosted VBR; null for a VBR directly on a circuit. */
  hostedPayer: Role | null;
};

export type VbrPatch = { status: VbrStatus };
export type VbrTransition = Transition<VbrPatch>;

export const DELETABLE_VBR_STATUSES: readonly VbrStatus[] = ["unconfirmed", "active", "terminated"];

// Seed 001 "More operations": on a tenant's hosted VBR the partner acts only when it pays for the port.
function actsAsCircuitOwner(vbr: VbrState): boolean {
  if (!vbr.callerIsCircuitOwner) return false;
  return !vbr.onHostedConnection || vbr.ownerIsCaller || vbr.hostedPayer === "partner";
}

/** TerminateVirtualBorderRouter ("Disable"): circuit owner only. */
export function terminate(vbr: VbrState): VbrTransition {
  if (!actsAsCircuitOwner(vbr)) return refuse("Forbidden.OperationNotAllowedByUser#TerminateVbr");
  if (vbr.status !== "active") return refuse("InvalidOperation.OperationNotAllowedInState");
  return allow({ status: "terminating" });
}

/** RecoverVirtualBorderRouter: circuit owner only; circuitStatus is that of the connection under the VBR. */
export function recover(vbr: VbrState, circuitStatus: PhysicalConnectionStatus): VbrTransition {
  if (!actsAsCircuitOwner(vbr)) return refuse("Forbidden.OperationNotAllowedByUser#RecoverVbr");
  if (vbr.status !== "terminated") return refuse("InvalidOperation.OperationNotAllowedInState#Recover");
  if (circuitStatus !== "Enabled")
    return refuse("InvalidOperation.OperationNotAllowedInState#CircuitNotEnabled");
  return allow({ status: "recovering" });
}

/** DeleteVirtualBorderRouter: the owner any time; the circuit owner on someone else's VBR only once disabled. */
export function remove(vbr: VbrState): VbrTransition {
  if (!vbr.ownerIsCaller && !actsAsCircuitOwner(vbr))
    return refuse("Forbidden.OperationNotAllowedByUser#DeleteVbr");
  if (!DELETABLE_VBR_STATUSES.includes(vbr.status))
    return refuse("InvalidOperation.OperationNotAllowedInState");
  if (!vbr.ownerIsCaller && !mayCircuitOwnerDelete(vbr)) {
    return refuse("InvalidOperation.OperationNotAllowedInState#NotTerminated");
  }
  return allow({ status: "deleting" });
}

// Hosted VBRs follow seed 001 (disable first); a legacy cross-account VBR may also go while still unconfirmed (SDK).
function mayCircuitOwnerDelete(vbr: VbrState): boolean {
  if (vbr.status === "terminated") return true;
  return !vbr.onHostedConnection && vbr.status === "unconfirmed";
}

/** Finishes an asynchronous status; null means the VBR is gone. */
export function settle(status: VbrStatus): VbrStatus | null {
  if (status === "terminating") return "terminated";
  if (status === "recovering") return "active";
  if (status === "deleting") return null;
  return status;
}

/** CreateVirtualBorderRouter on a hosted connection: accepted, paid, not expired, and no VBR yet. */
export function createOnHostedConnection(
  hc: HostedConnectionState,
  now: Date = new Date(),
  role: Role = "tenant",
): VbrTransition {
  if (role !== "tenant") return refuse("Forbidden.OperationNotAllowedByUser");
  const usable = hc.status === "Enabled" && hc.vpconnStatus === "Confirmed" && !isExpired(hc, now);
  if (!usable) return refuse("InvalidPhysicalConnectionId.NotEnabled", { field: "PhysicalConnectionId" });
  if (hc.hasVbr) return refuse("QuotaExceeded.VPCONN#VbrPerVpconn");
  return allow({ status: "active" });
}

/** A tenant VBR inherits the hosted connection's VLAN; any other value is refused. */
export function assertInheritedVlan(requested: number | null | undefined, hostedVlanId: number): void {
  if (requested === undefined || requested === null || requested === hostedVlanId) return;
  throw new DomainError("Forbidden.VlanIdNotAllowedByCaller", { field: "VlanId" });
}

export const VBR_ACTIONS = ["terminate", "recover", "delete"] as const;
export type VbrAction = (typeof VBR_ACTIONS)[number];

export function allowedActions(
  vbr: VbrState,
  circuitStatus: PhysicalConnectionStatus,
): Record<VbrAction, ActionAvailability> {
  return {
    terminate: availability(terminate(vbr)),
    recover: availability(recover(vbr, circuitStatus)),
    delete: availability(remove(vbr)),
  };
}
