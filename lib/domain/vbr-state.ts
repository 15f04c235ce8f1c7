import type { PhysicalConnectionStatus, Role, VbrStatus } from "./enums";
import { type HostedConnectionState, isExpired } from "./hosted-connection-state";
import { allow, refuse, type Verdict } from "./verdict";

export type VbrState = {
  status: VbrStatus;
  onHostedConnection: boolean;
  ownerIsCaller: boolean;
  /** Caller owns the dedicated circuit under the VBR (the partner for a hosted VBR). */
  callerIsCircuitOwner: boolean;
  /** Who pays for the shared port under a hosted VBR; null for a VBR directly on a circuit. */
  hostedPayer: Role | null;
  /** A legacy VBR that a shared port made from it (Transform to Shared Port) waits to take over. */
  awaitedByPort: boolean;
};

export type VbrPatch = { status: VbrStatus };
export type VbrVerdict = Verdict<VbrPatch>;

export const DELETABLE_VBR_STATUSES: readonly VbrStatus[] = ["unconfirmed", "active", "terminated"];
export const SETTLING_VBR_STATUSES: readonly VbrStatus[] = ["terminating", "recovering", "deleting"];

// On a tenant's hosted VBR the partner acts (disable, recover, delete) only when it pays for the port.
function actsAsCircuitOwner(vbr: VbrState): boolean {
  if (!vbr.callerIsCircuitOwner) return false;
  return !vbr.onHostedConnection || vbr.ownerIsCaller || vbr.hostedPayer === "partner";
}

/** An action that needs an active VBR: why this one is not (disabled, unconfirmed, or changing status). */
export function checkVbrActive(status: VbrStatus): Verdict {
  if (status === "active") return allow();
  if (status === "terminated") return refuse("InvalidOperation.OperationNotAllowedInState#Disabled");
  if (status === "unconfirmed") return refuse("InvalidOperation.OperationNotAllowedInState#Unconfirmed");
  return refuse("InvalidOperation.OperationNotAllowedInState");
}

/** TerminateVirtualBorderRouter ("Disable"): circuit owner only. */
export function terminate(vbr: VbrState): VbrVerdict {
  if (!actsAsCircuitOwner(vbr)) return refuse("Forbidden.OperationNotAllowedByUser#TerminateVbr");
  if (vbr.status === "terminated")
    return refuse("InvalidOperation.OperationNotAllowedInState#AlreadyDisabled");
  const active = checkVbrActive(vbr.status);
  if (!active.ok) return active;
  return allow({ status: "terminating" });
}

/** RecoverVirtualBorderRouter: circuit owner only; circuitStatus is that of the connection under the VBR. */
export function recover(vbr: VbrState, circuitStatus: PhysicalConnectionStatus): VbrVerdict {
  if (!actsAsCircuitOwner(vbr)) return refuse("Forbidden.OperationNotAllowedByUser#RecoverVbr");
  if (SETTLING_VBR_STATUSES.includes(vbr.status)) {
    return refuse("InvalidOperation.OperationNotAllowedInState#RecoverChanging");
  }
  if (vbr.status !== "terminated") return refuse("InvalidOperation.OperationNotAllowedInState#Recover");
  if (circuitStatus !== "Enabled")
    return refuse("InvalidOperation.OperationNotAllowedInState#CircuitNotEnabled");
  return allow({ status: "recovering" });
}

/** DeleteVirtualBorderRouter: the owner any time; the circuit owner on someone else's VBR only once disabled. */
export function remove(vbr: VbrState): VbrVerdict {
  if (!vbr.ownerIsCaller && !actsAsCircuitOwner(vbr))
    return refuse("Forbidden.OperationNotAllowedByUser#DeleteVbr");
  if (!DELETABLE_VBR_STATUSES.includes(vbr.status))
    return refuse("InvalidOperation.OperationNotAllowedInState");
  if (!vbr.ownerIsCaller && !mayCircuitOwnerDelete(vbr)) {
    return refuse("InvalidOperation.OperationNotAllowedInState#NotTerminated");
  }
  // The shared port made from it would lose the VBR it was made for: it stays until that port is gone.
  if (vbr.awaitedByPort && !vbr.onHostedConnection) return refuse("InvalidStatus.NotAllowed#AwaitingConfirm");
  return allow({ status: "deleting" });
}

// A hosted VBR is disabled before the partner deletes it; a legacy cross-account VBR may also go while
// still unconfirmed, as DeleteVirtualBorderRouter allows.
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

/**
 * CreateVirtualBorderRouter on a hosted connection: accepted, paid, not expired, and no VBR yet. A port made
 * by Transform to Shared Port counts the tenant's VBR it was made from, which the partner attaches on Confirm.
 */
export function createOnHostedConnection(
  hc: HostedConnectionState,
  now: Date = new Date(),
  role: Role = "tenant",
): VbrVerdict {
  if (role !== "tenant") return refuse("Forbidden.OperationNotAllowedByUser#CreateVbrTenantOnly");
  const usable = hc.status === "Enabled" && hc.vpconnStatus === "Confirmed" && !isExpired(hc, now);
  if (!usable) {
    return refuse("InvalidPhysicalConnectionId.NotEnabled#PortNotReady", { field: "PhysicalConnectionId" });
  }
  if (hc.hasVbr) return refuse("QuotaExceeded.VPCONN#VbrPerVpconn");
  if (hc.awaitingVbr) return refuse("QuotaExceeded.VPCONN#AwaitingVbr");
  return allow({ status: "active" });
}

/** A tenant VBR inherits the hosted connection's VLAN; any other value is refused. */
export function checkInheritedVlan(requested: number | null | undefined, hostedVlanId: number): Verdict {
  if (requested === undefined || requested === null || requested === hostedVlanId) return allow();
  return refuse("Forbidden.VlanIdNotAllowedByCaller", { field: "VlanId" });
}

export const VBR_ACTIONS = ["terminate", "recover", "delete"] as const;
export type VbrAction = (typeof VBR_ACTIONS)[number];

/** Each VBR action's verdict for this caller: what the Actions column enables or explains. */
export function allowedActions(
  vbr: VbrState,
  circuitStatus: PhysicalConnectionStatus,
): Record<VbrAction, VbrVerdict> {
  return {
    terminate: terminate(vbr),
    recover: recover(vbr, circuitStatus),
    delete: remove(vbr),
  };
}
