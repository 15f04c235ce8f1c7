// Meters each shared port's outbound data transfer (bytes sent towards the tenant's IDC) from the stored
// hourly traffic, and bills it to the port's tenant once a month is closed (lib/domain/outbound-transfer.ts).
import { and, eq, gte, isNull, lt, sum } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { hostedConnections, outboundTransferBills, trafficSamples } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import { DEMO_PRICE_LIST } from "../../domain/billing";
import {
  type BillingMonth,
  billableMonths,
  billingMonthOf,
  OUTBOUND_CENTS_PER_GB,
  outboundChargeCents,
} from "../../domain/outbound-transfer";
import { newOutboundTransferBillId } from "../ids";

// The hourly rollups are kept 13 months: a month missed (the server was down) is still billed a year on.
const MONTHS_BACK = 12;

/**
 * Bills every closed month not billed yet, one transaction per month. A second run finds each bill made
 * and makes none twice (the port and month are unique).
 */
export async function meterOutboundTransfer(db: Db, now: Date): Promise<void> {
  for (const month of billableMonths(now.getTime(), MONTHS_BACK)) {
    await withTransaction(db, "write", async (tx) => {
      const unbilled = await tx
        .select({
          hostedConnectionId: hostedConnections.id,
          tenantUid: hostedConnections.tenantUid,
          bytes: sum(trafficSamples.bytesOut),
        })
        .from(trafficSamples)
        .innerJoin(hostedConnections, eq(hostedConnections.id, trafficSamples.instanceId))
        .leftJoin(
          outboundTransferBills,
          and(
            eq(outboundTransferBills.hostedConnectionId, hostedConnections.id),
            eq(outboundTransferBills.month, month.month),
          ),
        )
        .where(and(inMonth(month), isNull(outboundTransferBills.id)))
        .groupBy(hostedConnections.id, hostedConnections.tenantUid);
      const bills = unbilled
        .map((row) => ({ ...row, bytes: Number(row.bytes ?? 0) }))
        .filter((row) => row.bytes > 0)
        .map((row) => ({
          id: newOutboundTransferBillId(),
          hostedConnectionId: row.hostedConnectionId,
          payerUid: row.tenantUid,
          month: month.month,
          bytesOut: row.bytes,
          centsPerGb: OUTBOUND_CENTS_PER_GB,
          amountCents: outboundChargeCents(row.bytes),
          currency: DEMO_PRICE_LIST.currency,
          createdAt: now,
        }));
      if (bills.length > 0) await tx.insert(outboundTransferBills).values(bills).onConflictDoNothing();
    });
  }
}

function inMonth(month: BillingMonth) {
  return and(
    eq(trafficSamples.resolutionSeconds, 3600),
    gte(trafficSamples.bucketStart, new Date(month.startMs)),
    lt(trafficSamples.bucketStart, new Date(month.endMs)),
  );
}

export type OutboundUsage = { month: string; bytesOut: number; amountCents: number; currency: string };

/** A port's outbound transfer so far in the month of `now`, and what it would cost: the port's page shows it. */
export async function outboundUsageSoFar(
  tx: Tx,
  hostedConnectionId: string,
  now: Date,
): Promise<OutboundUsage> {
  const month = billingMonthOf(now.getTime());
  const [row] = await tx
    .select({ bytes: sum(trafficSamples.bytesOut) })
    .from(trafficSamples)
    .where(and(eq(trafficSamples.instanceId, hostedConnectionId), inMonth(month)));
  const bytesOut = Number(row?.bytes ?? 0);
  return {
    month: month.month,
    bytesOut,
    amountCents: outboundChargeCents(bytesOut),
    currency: DEMO_PRICE_LIST.currency,
  };
}
