import {
  type LoaStatus,
  type OrderMode,
  type PhysicalConnectionStatus,
  payerRole,
  type Role,
  type Spec,
  type VpconnStatus,
} from "./enums";
import { type ActionAvailability, allow, availability, refuse, type Transition } from "./transition";

export type HostedConnectionState = {
  /** Only used to fill "%s" in IncorrectStatus messages. */
  id?: string;
  status: PhysicalConnectionStatus;
  vpconnStatus: VpconnStatus;
  paid: boolean;
  orderMode: OrderMode;
  hasVbr: boolean;
  endTime: Date | null;
  /** A requested bandwidth waiting for payment (UpdateVirtualPhysicalConnection ExpectSpec). */
  expectSpec?: Spec | null;
};

export type HostedConnectionPatch = Partial<
  Pick<HostedConnectionState, "status" | "vpconnStatus" | "paid">
> & {
  loaStatus?: LoaStatus;
};

export type HostedConnectionTransition = Transition<HostedConnectionPatch>;

// DeletePhysicalConnection states from the SDK, plus Enabled: the console deletes an unexpired port with a refund.
export const REMOVABLE_STATUSES: readonly PhysicalConnectionStatus[] = [
  "Allocated",
  "Confirmed",
  "Rejected",
  "Canceled",
  "Allocation Failed",
  "Terminated",
  "Enabled",
];

export function initialState(orderMode: OrderMode): HostedConnectionState {
  return {
    status: "Allocated",
    vpconnStatus: "UnConfirmed",
    paid: false,
    orderMode,
    hasVbr: false,
    endTime: null,
  };
}

export function isDeleted(hc: HostedConnectionState): boolean {
  return hc.vpconnStatus === "Deleted";
}

export function isExpired(hc: Pick<HostedConnectionState, "endTime">, now: Date): boolean {
  return hc.endTime !== null && hc.endTime.getTime() < now.getTime();
}

function isPendingAcceptance(hc: HostedConnectionState): boolean {
  return hc.status === "Allocated" && hc.vpconnStatus === "UnConfirmed";
}

function isAcceptedUnpaid(hc: HostedConnectionState): boolean {
  return hc.status === "Confirmed" && hc.vpconnStatus === "Confirmed";
}

function idArg(hc: HostedConnectionState): string[] {
  return [hc.id ?? "PhysicalConnection"];
}

const notAllowedByUser = () => refuse<HostedConnectionPatch>("Forbidden.OperationNotAllowedByUser");

/** ConfirmPhysicalConnection: the tenant accepts; a port the partner already paid goes straight to Enabled. */
export function confirm(hc: HostedConnectionState, role: Role = "tenant"): HostedConnectionTransition {
  if (role !== "tenant") return notAllowedByUser();
  if (!isPendingAcceptance(hc)) return refuse("IncorrectStatus.PhysicalConnection#NotAllocated");
  if (hc.paid) return allow({ status: "Enabled", vpconnStatus: "Confirmed", loaStatus: "Complete" });
  return allow({ status: "Confirmed", vpconnStatus: "Confirmed" });
}

/** CreatePhysicalConnectionOccupancyOrder, paid. */
export function pay(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  if (role !== payerRole(hc.orderMode)) return notAllowedByUser();
  if (hc.paid) return refuse("Forbidden.NotAllowedInState");
  if (isAcceptedUnpaid(hc)) return allow({ status: "Enabled", paid: true, loaStatus: "Complete" });
  // Seed 000: the partner may pay before the tenant accepts; acceptance then enables the port.
  if (role === "partner" && isPendingAcceptance(hc)) return allow({ paid: true });
  return refuse("IncorrectStatus.PhysicalConnection#Invalid");
}

/** Paying a pending ExpectSpec on a port already paid for: the Spec changes, the paid period does not. */
export function payExpectSpec(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  if (role !== payerRole(hc.orderMode)) return notAllowedByUser();
  if (isDeleted(hc) || !hc.paid || !hc.expectSpec) return refuse("Forbidden.NotAllowedInState");
  if (hc.endTime === null) return refuse("IncorrectStatus.PhysicalConnection#Invalid");
  return allow({});
}

/** AttachVbrToVpconn ("Confirm" of a transform): the partner moves the tenant's VBR onto the accepted, paid port. */
export function attachVbr(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  if (role !== "partner") return notAllowedByUser();
  if (isDeleted(hc) || hc.status !== "Enabled" || hc.vpconnStatus !== "Confirmed") {
    return refuse("IncorrectStatus.PhysicalConnection#NotEnabled", { args: idArg(hc) });
  }
  if (hc.hasVbr) return refuse("QuotaExceeded.VPCONN#VbrPerVpconn");
  return allow({});
}

function mayActAsPayer(hc: HostedConnectionState, role: Role): boolean {
  return role === "tenant" || payerRole(hc.orderMode) === "partner";
}

/** TerminatePhysicalConnection ("Disable"). */
export function terminate(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  if (!mayActAsPayer(hc, role)) return notAllowedByUser();
  if (isDeleted(hc) || hc.status !== "Enabled") return refuse("Forbidden.NotAllowedInState");
  if (hc.hasVbr) return refuse("Forbidden.VBRExists");
  return allow({ status: "Terminating" });
}

/** Finishes an asynchronous status. */
export function settle(status: PhysicalConnectionStatus): PhysicalConnectionStatus {
  if (status === "Terminating") return "Terminated";
  if (status === "Allocating") return "Allocated";
  return status;
}

/** RecoverPhysicalConnection: partner only, whoever pays, since a tenant "can contact a partner to recover". */
export function recover(hc: HostedConnectionState, role: Role, now?: Date): HostedConnectionTransition {
  if (role !== "partner") return notAllowedByUser();
  if (isDeleted(hc) || hc.status !== "Terminated") {
    return refuse("IncorrectStatus.PhysicalConnection", { args: idArg(hc) });
  }
  if (now && isExpired(hc, now)) return refuse("OperationDenied.TerminateVirtualPhysicalConnection");
  return allow({ status: "Enabled" });
}

/** DeletePhysicalConnection; from Enabled the caller runs the refund flow. */
export function remove(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  // A partner may always withdraw an offer nobody accepted yet (e.g. a mistyped tenant UID).
  if (!mayActAsPayer(hc, role) && !isPendingAcceptance(hc)) return notAllowedByUser();
  if (isDeleted(hc) || !REMOVABLE_STATUSES.includes(hc.status)) return refuse("Forbidden.NotAllowedInState");
  if (hc.hasVbr) return refuse("Forbidden.VBRExists");
  return allow({ vpconnStatus: "Deleted", loaStatus: "Deleted" });
}

function assertEditable(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  if (role !== "partner") return notAllowedByUser();
  if (isDeleted(hc) || hc.status === "Terminating") {
    return refuse("IncorrectStatus.PhysicalConnection", { args: idArg(hc) });
  }
  return allow({});
}

/** UpdateVirtualPhysicalConnection(VlanId): state only; VLAN uniqueness lives in vlan.ts. */
export function updateVlan(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  return assertEditable(hc, role);
}

/** UpdateVirtualPhysicalConnection(ExpectSpec): state only; gating and capacity live elsewhere. */
export function requestSpec(hc: HostedConnectionState, role: Role): HostedConnectionTransition {
  return assertEditable(hc, role);
}

export const CONSOLE_STATUSES = [
  "pendingAcceptance",
  "waitingPayment",
  "active",
  "expired",
  "terminating",
  "disabled",
  "deleted",
  "processing",
  "rejected",
  "canceled",
  "allocationFailed",
] as const;
export type ConsoleStatus = (typeof CONSOLE_STATUSES)[number];

const STATUS_LABELS: Record<PhysicalConnectionStatus, ConsoleStatus> = {
  Initial: "processing",
  Approved: "processing",
  Allocating: "processing",
  Allocated: "pendingAcceptance",
  Confirmed: "waitingPayment",
  Enabled: "active",
  Rejected: "rejected",
  Canceled: "canceled",
  "Allocation Failed": "allocationFailed",
  Terminating: "terminating",
  Terminated: "disabled",
};

export function consoleStatus(hc: HostedConnectionState, now: Date = new Date()): ConsoleStatus {
  if (isDeleted(hc)) return "deleted";
  if (hc.vpconnStatus === "UnConfirmed") return "pendingAcceptance";
  if (hc.status === "Enabled" && isExpired(hc, now)) return "expired";
  return STATUS_LABELS[hc.status];
}

export type ConstructionProcess = "complete" | "pending";

export function constructionProcess(hc: HostedConnectionState): ConstructionProcess {
  const built = hc.status === "Enabled" || hc.status === "Terminating" || hc.status === "Terminated";
  return built ? "complete" : "pending";
}

export const HOSTED_CONNECTION_ACTIONS = [
  "confirm",
  "pay",
  "terminate",
  "recover",
  "delete",
  "edit",
] as const;
export type HostedConnectionAction = (typeof HOSTED_CONNECTION_ACTIONS)[number];

export function allowedActions(
  hc: HostedConnectionState,
  role: Role,
  now: Date,
): Record<HostedConnectionAction, ActionAvailability> {
  return {
    confirm: availability(confirm(hc, role)),
    pay: availability(pay(hc, role)),
    terminate: availability(terminate(hc, role)),
    recover: availability(recover(hc, role, now)),
    delete: availability(remove(hc, role)),
    edit: availability(updateVlan(hc, role)),
  };
}
