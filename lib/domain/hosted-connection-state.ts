import {
  type LoaStatus,
  type OrderMode,
  type PhysicalConnectionStatus,
  payerRole,
  type Role,
  type Spec,
  type VpconnStatus,
} from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

export type HostedConnectionState = {
  /** Only used to fill "%s" in IncorrectStatus messages. */
  id?: string;
  status: PhysicalConnectionStatus;
  vpconnStatus: VpconnStatus;
  paid: boolean;
  orderMode: OrderMode;
  hasVbr: boolean;
  endTime: Date | null;
  /** The bandwidth the port has now; a first order buys its ExpectSpec if one is pending, else this. */
  spec?: Spec;
  /** A requested bandwidth waiting for payment (UpdateVirtualPhysicalConnection ExpectSpec). */
  expectSpec?: Spec | null;
  /** Made by Transform to Shared Port, and the tenant's VBR it was made from is not attached yet. */
  awaitingVbr: boolean;
};

export type HostedConnectionPatch = Partial<
  Pick<HostedConnectionState, "status" | "vpconnStatus" | "paid">
> & {
  loaStatus?: LoaStatus;
};

export type HostedConnectionVerdict = Verdict<HostedConnectionPatch>;

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
    awaitingVbr: false,
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

/** A deleted port, or one still settling into Disabled, refused under the wire code of the asking event. */
function deletedOrDisabling(
  hc: HostedConnectionState,
  code: "Forbidden.NotAllowedInState" | "IncorrectStatus.PhysicalConnection",
): HostedConnectionVerdict | null {
  const args = code === "IncorrectStatus.PhysicalConnection" ? { args: idArg(hc) } : undefined;
  if (isDeleted(hc)) return refuse(`${code}#Deleted`, args);
  if (hc.status === "Terminating") return refuse(`${code}#PortChanging`, args);
  return null;
}

/** ConfirmPhysicalConnection: the tenant accepts; a port the partner already paid goes straight to Enabled. */
export function confirm(hc: HostedConnectionState, role: Role = "tenant"): HostedConnectionVerdict {
  if (role !== "tenant") return refuse("Forbidden.OperationNotAllowedByUser#AcceptTenantOnly");
  if (!isPendingAcceptance(hc)) return refuse("IncorrectStatus.PhysicalConnection#NotAllocated");
  if (hc.paid) return allow({ status: "Enabled", vpconnStatus: "Confirmed", loaStatus: "Complete" });
  return allow({ status: "Confirmed", vpconnStatus: "Confirmed" });
}

/** Only the payer (OrderMode) pays; the refusal says who does. */
function payerOnly(hc: HostedConnectionState, role: Role): HostedConnectionVerdict | null {
  if (role === payerRole(hc.orderMode)) return null;
  return refuse(
    payerRole(hc.orderMode) === "partner"
      ? "Forbidden.OperationNotAllowedByUser#PartnerPays"
      : "Forbidden.OperationNotAllowedByUser#TenantPays",
  );
}

/** CreatePhysicalConnectionOccupancyOrder, paid. */
export function pay(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  const notPayer = payerOnly(hc, role);
  if (notPayer) return notPayer;
  if (hc.paid) return refuse("Forbidden.NotAllowedInState#AlreadyPaid");
  if (isAcceptedUnpaid(hc)) return allow({ status: "Enabled", paid: true, loaStatus: "Complete" });
  // The partner may pay before the tenant accepts; acceptance then enables the port.
  if (role === "partner" && isPendingAcceptance(hc)) return allow({ paid: true });
  return refuse("IncorrectStatus.PhysicalConnection#Invalid");
}

/** Paying a pending ExpectSpec on a port already paid for: the Spec changes, the paid period does not. */
export function payExpectSpec(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  const notPayer = payerOnly(hc, role);
  if (notPayer) return notPayer;
  if (isDeleted(hc)) return refuse("Forbidden.NotAllowedInState#Deleted");
  if (!hc.paid || !hc.expectSpec) return refuse("Forbidden.NotAllowedInState#NoPendingSpec");
  if (hc.endTime === null) return refuse("IncorrectStatus.PhysicalConnection#Invalid");
  return allow({});
}

/** Either side withdraws a requested bandwidth nobody paid for: the port keeps its Spec. */
export function cancelSpecChange(hc: HostedConnectionState): HostedConnectionVerdict {
  if (isDeleted(hc)) return refuse("Forbidden.NotAllowedInState#Deleted");
  if (!hc.expectSpec) return refuse("Forbidden.NotAllowedInState#NoPendingSpec");
  return allow({});
}

export type OrderToPay = {
  status: "unpaid" | "paid" | "cancelled";
  /** "new" buys the first period; any other order buys the pending ExpectSpec. */
  type: "new" | "upgrade" | "renew";
  spec: Spec;
};

/** Paying an order: it must still be unpaid and still buy the bandwidth the port is priced at now. */
export function checkOrderPayable(
  hc: HostedConnectionState,
  role: Role,
  order: OrderToPay,
): HostedConnectionVerdict {
  const unpaid = checkOrderUnpaid(order);
  if (!unpaid.ok) return unpaid;
  if (order.type === "new") {
    const verdict = pay(hc, role);
    if (!verdict.ok) return verdict;
    // The partner changed or withdrew the ExpectSpec this order was priced at: paying it would charge a
    // price nobody sees now and make a bandwidth live that the circuit no longer reserves.
    const priced = hc.expectSpec ?? hc.spec;
    if (priced !== undefined && priced !== order.spec) {
      return refuse("Forbidden.NotAllowedInState#OrderOutdated");
    }
    return verdict;
  }
  const verdict = payExpectSpec(hc, role);
  if (!verdict.ok) return verdict;
  if (hc.expectSpec !== order.spec) return refuse("Forbidden.NotAllowedInState#OrderOutdated");
  return verdict;
}

export function checkOrderUnpaid(order: Pick<OrderToPay, "status">): Verdict {
  return order.status === "unpaid" ? allow() : refuse("Forbidden.NotAllowedInState#OrderNotUnpaid");
}

/** AttachVbrToVpconn ("Confirm" of a transform): the partner moves the tenant's VBR onto the accepted, paid port. */
export function attachVbr(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  if (role !== "partner") return refuse("Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly");
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
export function terminate(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  if (!mayActAsPayer(hc, role)) return refuse("Forbidden.OperationNotAllowedByUser#DisableTenantPays");
  const gone = deletedOrDisabling(hc, "Forbidden.NotAllowedInState");
  if (gone) return gone;
  if (hc.status === "Terminated") return refuse("Forbidden.NotAllowedInState#AlreadyDisabled");
  if (hc.status !== "Enabled") return refuse("Forbidden.NotAllowedInState#DisableNotActive");
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
export function recover(hc: HostedConnectionState, role: Role, now?: Date): HostedConnectionVerdict {
  if (role !== "partner") return refuse("Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly");
  const gone = deletedOrDisabling(hc, "IncorrectStatus.PhysicalConnection");
  if (gone) return gone;
  if (hc.status !== "Terminated") {
    return refuse("IncorrectStatus.PhysicalConnection#NotDisabled", { args: idArg(hc) });
  }
  if (now && isExpired(hc, now)) return refuse("OperationDenied.TerminateVirtualPhysicalConnection");
  return allow({ status: "Enabled" });
}

/** DeletePhysicalConnection; from Enabled the caller runs the refund flow. */
export function remove(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  // A partner may always withdraw an offer nobody accepted yet (e.g. a mistyped tenant UID).
  if (!mayActAsPayer(hc, role) && !isPendingAcceptance(hc)) {
    return refuse("Forbidden.OperationNotAllowedByUser#DeleteTenantPays");
  }
  if (isDeleted(hc)) return refuse("Forbidden.NotAllowedInState#Deleted");
  if (!REMOVABLE_STATUSES.includes(hc.status)) return refuse("Forbidden.NotAllowedInState#PortChanging");
  if (hc.hasVbr) return refuse("Forbidden.VBRExists");
  return allow({ vpconnStatus: "Deleted", loaStatus: "Deleted" });
}

/**
 * The tenant declines an offer it has not accepted (distinct from Delete): the offer ends Rejected and
 * leaves the live ports, so its VLAN and capacity are free again.
 */
export function decline(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  if (role !== "tenant") return refuse("Forbidden.OperationNotAllowedByUser#DeclineTenantOnly");
  if (!isPendingAcceptance(hc)) return refuse("IncorrectStatus.PhysicalConnection#NotAllocated");
  return allow({ status: "Rejected", vpconnStatus: "Deleted", loaStatus: "Rejected" });
}

/** An offer still unaccepted when its expiry passes ends the way a declined one does, as Canceled. */
export function lapse(
  hc: HostedConnectionState,
  offerExpiresAt: Date | null,
  now: Date,
): HostedConnectionVerdict {
  if (!isPendingAcceptance(hc) || offerExpiresAt === null || offerExpiresAt.getTime() > now.getTime()) {
    return refuse("IncorrectStatus.PhysicalConnection#NotAllocated");
  }
  return allow({ status: "Canceled", vpconnStatus: "Deleted", loaStatus: "Deleted" });
}

function checkEditable(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  if (role !== "partner") return refuse("Forbidden.OperationNotAllowedByUser#EditPartnerOnly");
  return deletedOrDisabling(hc, "IncorrectStatus.PhysicalConnection") ?? allow({});
}

/** UpdateVirtualPhysicalConnection(VlanId): state only; VLAN uniqueness lives in vlan.ts. */
export function updateVlan(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  return checkEditable(hc, role);
}

/**
 * A new VLAN on a port that carries a VBR cuts the tenant's traffic until its on-premises router uses the
 * same VLAN: the partner is warned before, and the tenant told after.
 */
export function vlanChangeReachesTenant(
  hc: Pick<HostedConnectionState, "hasVbr">,
  from: number | null,
  to: number,
): boolean {
  return hc.hasVbr && from !== null && from !== to;
}

/** UpdateVirtualPhysicalConnection(ExpectSpec): state only; gating and capacity live elsewhere. */
export function requestSpec(hc: HostedConnectionState, role: Role): HostedConnectionVerdict {
  return checkEditable(hc, role);
}

/** Tags on a new shared port only when the tenant is not the payer. */
export function checkOfferTags(tagCount: number, orderMode: OrderMode): Verdict {
  if (tagCount > 0 && payerRole(orderMode) === "tenant") {
    return refuse("IllegalParam.Tags#TenantPays", { field: "Tags" });
  }
  return allow();
}

/** A transformed port is live but still waits for the partner's Confirm to carry the tenant's VBR. */
export function awaitsPartnerConfirm(hc: HostedConnectionState): boolean {
  return hc.awaitingVbr && hc.status === "Enabled" && !isDeleted(hc);
}

export const CONSOLE_STATUSES = [
  "pendingAcceptance",
  "waitingPayment",
  "active",
  "expired",
  "terminating",
  "disabled",
  "deleted",
  "declined",
  "lapsed",
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
  if (isDeleted(hc)) {
    // An offer that ended unaccepted says how it ended; anything else deleted is simply gone.
    if (hc.status === "Rejected") return "declined";
    if (hc.status === "Canceled") return "lapsed";
    return "deleted";
  }
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
  "payChange",
  "terminate",
  "recover",
  "delete",
  "edit",
  "decline",
] as const;
export type HostedConnectionAction = (typeof HOSTED_CONNECTION_ACTIONS)[number];

/** Each shared-port action's verdict for this caller: what the Actions column enables or explains. */
export function allowedActions(
  hc: HostedConnectionState,
  role: Role,
  now: Date,
): Record<HostedConnectionAction, HostedConnectionVerdict> {
  return {
    confirm: confirm(hc, role),
    pay: pay(hc, role),
    payChange: payExpectSpec(hc, role),
    terminate: terminate(hc, role),
    recover: recover(hc, role, now),
    delete: remove(hc, role),
    edit: updateVlan(hc, role),
    decline: decline(hc, role),
  };
}
