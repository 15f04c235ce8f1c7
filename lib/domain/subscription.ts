// The life of a paid period: it runs, expiry draws near (notices), it ends (the port is FinancialLocked,
// traffic stops), a grace period passes, and the port is released unless renewed in time. Pure rules:
// the scheduler and the operations ask these; nothing here reads a clock or a database.
import { orderAmountCents, type PricingCycle, periodEnd } from "./billing";
import type { BusinessStatus, Role, Spec } from "./enums";
import { payerRole, type OrderMode } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a port stays FinancialLocked after its period ends before it is released (Alibaba: 15). */
export const GRACE_PERIOD_DAYS = 15;

/** Notices to the tenant and the partner: 7, 3 and 1 days before expiry, and at expiry. */
export const EXPIRY_NOTICES = [
  { kind: "expiresIn7Days", beforeMs: 7 * DAY_MS },
  { kind: "expiresIn3Days", beforeMs: 3 * DAY_MS },
  { kind: "expiresIn1Day", beforeMs: 1 * DAY_MS },
  { kind: "expired", beforeMs: 0 },
] as const;
export type ExpiryNotice = (typeof EXPIRY_NOTICES)[number]["kind"];

export type SubscriptionPhase = "unpaid" | "active" | "expiring" | "locked" | "releasable";

/** Where a period stands at `now`; `endTime` null means no paid period has started. */
export function subscriptionPhase(endTime: Date | null, now: Date): SubscriptionPhase {
  if (endTime === null) return "unpaid";
  const left = endTime.getTime() - now.getTime();
  if (left > EXPIRY_NOTICES[0].beforeMs) return "active";
  if (left > 0) return "expiring";
  return now.getTime() < graceEnd(endTime).getTime() ? "locked" : "releasable";
}

/** When a port whose period ended at `endTime` is released, unless renewed before. */
export function graceEnd(endTime: Date): Date {
  return new Date(endTime.getTime() + GRACE_PERIOD_DAYS * DAY_MS);
}

/** Whole days left in the period, rounded up (the console's "days left"); 0 once it ended. */
export function daysLeft(endTime: Date, now: Date): number {
  return Math.max(0, Math.ceil((endTime.getTime() - now.getTime()) / DAY_MS));
}

/**
 * The notice to send now, if any: the latest one due that was not sent for this period. When several fell
 * due at once (the server was down), only the latest goes out: older ones would only say less.
 */
export function dueExpiryNotice(
  endTime: Date | null,
  now: Date,
  sent: readonly ExpiryNotice[],
): ExpiryNotice | null {
  if (endTime === null) return null;
  const due = EXPIRY_NOTICES.filter((n) => now.getTime() >= endTime.getTime() - n.beforeMs);
  const latest = due[due.length - 1];
  if (!latest || sent.includes(latest.kind)) return null;
  return latest.kind;
}

/** Every notice a port has had this period, given the latest one sent (they go out in order). */
export function noticesSent(latest: string | null): ExpiryNotice[] {
  const index = EXPIRY_NOTICES.findIndex((n) => n.kind === latest);
  return EXPIRY_NOTICES.slice(0, index + 1).map((n) => n.kind);
}

/** The BusinessStatus a paid port has at `now`: locked from the end of its period until renewed. */
export function businessStatusAt(endTime: Date | null, now: Date): BusinessStatus {
  const phase = subscriptionPhase(endTime, now);
  return phase === "locked" || phase === "releasable" ? "FinancialLocked" : "Normal";
}

export type Renewable = {
  orderMode: OrderMode;
  paid: boolean;
  deleted: boolean;
  endTime: Date | null;
};

/** Renew: only the payer, only a paid port, and only until its grace period is over. */
export function checkRenew(port: Renewable, role: Role, now: Date): Verdict {
  if (role !== payerRole(port.orderMode)) {
    return refuse(
      payerRole(port.orderMode) === "partner"
        ? "Forbidden.OperationNotAllowedByUser#PartnerPays"
        : "Forbidden.OperationNotAllowedByUser#TenantPays",
    );
  }
  if (port.deleted) return refuse("Forbidden.NotAllowedInState#Deleted");
  if (!port.paid || port.endTime === null) return refuse("Forbidden.NotAllowedInState#RenewUnpaid");
  if (subscriptionPhase(port.endTime, now) === "releasable") {
    return refuse("Forbidden.NotAllowedInState#GraceOver");
  }
  return allow();
}

/**
 * What a renewal buys: the next period continues from the current expiry, even when that has passed
 * (a port renewed in its grace period pays for the days it was locked, as a subscription does), at
 * the price of the bandwidth in force. A pending bandwidth change is not part of it: paying the change
 * later buys its difference for what is then left of the whole paid period.
 */
export function renewal(
  port: { spec: Spec; endTime: Date },
  term: { period: number; cycle: PricingCycle },
): { amountCents: number; from: Date; until: Date } {
  return {
    amountCents: orderAmountCents(port.spec, term.period, term.cycle),
    from: port.endTime,
    until: periodEnd(port.endTime, term.period, term.cycle),
  };
}
