// Outbound data transfer: bytes a shared port sent from the VPC towards the tenant's IDC, billed to the
// tenant monthly (the port usage fee is the payer's, this fee always the tenant's). DEMO price, not
// Alibaba's. Money is integer cents; a charge rounds up, as every charge in billing.ts does.

/** DEMO: CNY 0.50 per GB, a GB being 10^9 bytes, in the price list's currency. */
export const OUTBOUND_CENTS_PER_GB = 50;
export const BYTES_PER_GB = 1_000_000_000;

/** The charge for `bytes` at `centsPerGb`, in exact integer arithmetic (BigInt: bytes × cents passes 2^53). */
export function outboundChargeCents(bytes: number, centsPerGb: number = OUTBOUND_CENTS_PER_GB): number {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError(`not a byte count: ${bytes}`);
  const product = BigInt(bytes) * BigInt(centsPerGb);
  const gb = BigInt(BYTES_PER_GB);
  return Number((product + gb - 1n) / gb);
}

/** A billing month, "YYYY-MM" in UTC, and its bounds. */
export type BillingMonth = { month: string; startMs: number; endMs: number };

export function billingMonthOf(atMs: number): BillingMonth {
  const at = new Date(atMs);
  const startMs = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  const endMs = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
  return { month: new Date(startMs).toISOString().slice(0, 7), startMs, endMs };
}

/**
 * A month is billed once no sample of it can still arrive: the ingest refuses samples older than 6 days
 * (lib/domain/traffic.ts), and a day more leaves the hourly rollup time to fold the last of them in.
 */
export const BILL_AFTER_MONTH_END_MS = 7 * 24 * 3_600_000;

/** The months closed for billing at `now`, newest first, going back at most `count`. */
export function billableMonths(nowMs: number, count: number): BillingMonth[] {
  const months: BillingMonth[] = [];
  let month = billingMonthOf(nowMs - BILL_AFTER_MONTH_END_MS);
  month = billingMonthOf(month.startMs - 1);
  while (months.length < count) {
    months.push(month);
    month = billingMonthOf(month.startMs - 1);
  }
  return months;
}
