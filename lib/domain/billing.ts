// Port usage fee of a shared port, billed to the payer (OrderMode). Installation and VBR fees are not
// charged in shared-port mode. Prices come from demo-prices.json, clearly demo data.
// Money is integer cents: charges round up, refunds round down, so a fraction of a cent never goes out.
import { z } from "zod";
import prices from "./demo-prices.json" with { type: "json" };
import type { Spec } from "./enums";
import { allow, refuse, unwrap, type Verdict } from "./verdict";

export const PRICING_CYCLES = ["Month", "Year"] as const;
export type PricingCycle = (typeof PRICING_CYCLES)[number];

export const INSTANCE_CHARGE_TYPES = ["PrePaid"] as const;

// CreatePhysicalConnectionOccupancyOrder: Month 1-9, Year 1-5.
export const PERIOD_LIMITS: Record<PricingCycle, number> = { Month: 9, Year: 5 };

export const DEMO_PRICE_LIST: {
  notice: string;
  currency: string;
  yearFreeMonths: number;
  monthlyCents: Record<Spec, number>;
} = prices;

export const pricingCycleSchema = z
  .enum(PRICING_CYCLES, { error: "InvalidPhysicalConnectionPricingCycle.Malformed" })
  .default("Month");

export const instanceChargeTypeSchema = z
  .enum(INSTANCE_CHARGE_TYPES, { error: "InvalidPhysicalConnectionChargeType.Malformed" })
  .default("PrePaid");

export const periodSchema = z.coerce
  .number({ error: "InvalidPhysicalConnectionPeriod.Malformed" })
  .int({ error: "InvalidPhysicalConnectionPeriod.Malformed" })
  .default(1);

export function checkPeriod(cycle: PricingCycle, period: number): Verdict {
  if (!Number.isInteger(period) || period < 1 || period > PERIOD_LIMITS[cycle]) {
    return refuse("InvalidPhysicalConnectionPeriod.Malformed", { field: "Period" });
  }
  return allow();
}

export function monthlyPriceCents(spec: Spec): number {
  return DEMO_PRICE_LIST.monthlyCents[spec];
}

/** Months of service a term buys. */
export function termMonths(period: number, cycle: PricingCycle): number {
  return cycle === "Year" ? period * 12 : period;
}

/** Month: monthly price × period. Year: 12 months minus `yearFreeMonths` (2: pay 10, get 12) per year. */
// Never prices a term that checkPeriod refuses: a wrong amount must not reach an order.
export function orderAmountCents(spec: Spec, period: number, cycle: PricingCycle): number {
  unwrap(checkPeriod(cycle, period));
  const billedMonths = cycle === "Year" ? period * (12 - DEMO_PRICE_LIST.yearFreeMonths) : period;
  return monthlyPriceCents(spec) * billedMonths;
}

/** Calendar months in UTC; a day that does not exist in the target month becomes its last day (Jan 31 + 1 = Feb 28). */
export function addMonthsUtc(start: Date, months: number): Date {
  const target = new Date(start.getTime());
  const day = start.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** Expiry (EndTime) of a port whose paid period starts at `start`. */
export function periodEnd(start: Date, period: number, cycle: PricingCycle): Date {
  return addMonthsUtc(start, termMonths(period, cycle));
}

export type ServiceWindow = { from: Date; until: Date };

function share(amountCents: number, window: ServiceWindow, now: Date, round: "down" | "up"): number {
  const totalMs = window.until.getTime() - window.from.getTime();
  if (totalMs <= 0) return 0;
  const total = BigInt(totalMs);
  const left = BigInt(Math.min(Math.max(window.until.getTime() - now.getTime(), 0), totalMs));
  const numerator = BigInt(amountCents) * left;
  const quotient = numerator / total;
  return Number(round === "up" && numerator % total !== 0n ? quotient + 1n : quotient);
}

/** The unused part of an amount paid for `window`, pro rata to the millisecond, rounded down to a cent. */
export function refundCents(amountCents: number, window: ServiceWindow, now: Date): number {
  return share(amountCents, window, now, "down");
}

/** One paid term of a port (a first period or a renewal): what it bought and the window it covers. */
export type PaidTerm = { term: { period: number; cycle: PricingCycle }; window: ServiceWindow };

/** How one paid term's unused part was worked out, for the refund page. */
export type UnusedPart = {
  /** What the term costs at the bandwidth in force. */
  valueCents: number;
  leftMs: number;
  totalMs: number;
  refundCents: number;
};

/**
 * THE REFUND RULE. Unsubscribing refunds, for every paid term of the port, its price at the bandwidth in
 * force × the unused share of its window (to the millisecond, rounded down to a cent): a term not started
 * yet comes back whole, an ended one gives nothing. A bandwidth change bought mid-period already settled
 * its difference for the rest of each term (specChangeCents), so valuing the remainder at the bandwidth in
 * force refunds exactly what was paid and not used, whatever changed in between.
 */
export function unusedPart(spec: Spec, paid: PaidTerm, now: Date): UnusedPart {
  const valueCents = orderAmountCents(spec, paid.term.period, paid.term.cycle);
  const totalMs = Math.max(paid.window.until.getTime() - paid.window.from.getTime(), 0);
  const leftMs = Math.min(Math.max(paid.window.until.getTime() - now.getTime(), 0), totalMs);
  return { valueCents, leftMs, totalMs, refundCents: refundCents(valueCents, paid.window, now) };
}

/** How a refund was worked out: a term's unused part (unusedPart), or a downgrade's difference. */
export type RefundComputation =
  | ({ rule: "unusedTerm"; spec: Spec } & Omit<UnusedPart, "refundCents">)
  | { rule: "specChange"; from: Spec; to: Spec };

/**
 * Paying a pending ExpectSpec on a port already paid for: for every paid term, the price difference of
 * that term pro rata for what is left of its window. Positive: the payer pays it (rounded up); negative: a
 * downgrade, refunded to the payer (rounded down). Terms that ended count nothing.
 */
export function specChangeCents(from: Spec, to: Spec, paid: readonly PaidTerm[], now: Date): number {
  let total = 0;
  for (const { term, window } of paid) {
    const difference =
      orderAmountCents(to, term.period, term.cycle) - orderAmountCents(from, term.period, term.cycle);
    total +=
      difference >= 0 ? share(difference, window, now, "up") : -share(-difference, window, now, "down");
  }
  return total;
}

/** What the payer's dialog showed: the order it confirms must still buy this bandwidth at this price. */
export type ShownPrice = { spec?: Spec; amountCents?: number };

/**
 * Charges only what was shown: another Spec, or more than the amount shown, is refused, nothing charged.
 * Less is allowed: the rest of a period shrinks while the payer reads, so an upgrade's price falls.
 */
export function checkShownPrice(shown: ShownPrice, quoted: { spec: Spec; amountCents: number }): Verdict {
  if (shown.spec !== undefined && shown.spec !== quoted.spec) {
    return refuse("Forbidden.NotAllowedInState#PriceChanged", { field: "ExpectedSpec" });
  }
  if (shown.amountCents !== undefined && quoted.amountCents > shown.amountCents) {
    return refuse("Forbidden.NotAllowedInState#PriceChanged", { field: "ExpectedAmount" });
  }
  return allow();
}
