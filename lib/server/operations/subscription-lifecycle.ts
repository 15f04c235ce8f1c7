// The scheduled side of paid periods (lib/domain/subscription.ts): expiry notices, auto-renewal or the lock
// at expiry, release after the grace period. Each port moves in its own transaction, so a run that dies
// halfway leaves every port consistent, and the next run finds only what is still due.
import { and, asc, desc, eq, isNotNull, lte } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, orders } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { isDomainError } from "../../domain/errors";
import { dueExpiryNotice, EXPIRY_NOTICES, noticesSent, subscriptionPhase } from "../../domain/subscription";
import type { Tx } from "./context";
import { lockPort, notifyBothSides, type RenewalTerm, releasePort, renewPort } from "./renewal";
import { liveHostedConnection } from "./records";

/** Every live paid port whose first notice is due by now, then each one's next step. */
export async function advanceSubscriptions(db: Db, now: Date): Promise<void> {
  const horizon = new Date(now.getTime() + EXPIRY_NOTICES[0].beforeMs);
  const due = await withTransaction(db, "read", (tx) =>
    tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .where(
        and(
          liveHostedConnection,
          eq(hostedConnections.paid, true),
          isNotNull(hostedConnections.endTime),
          lte(hostedConnections.endTime, horizon),
        ),
      )
      .orderBy(asc(hostedConnections.id)),
  );
  for (const { id } of due) {
    await withTransaction(db, "write", (tx) => advancePort(tx, id, now));
  }
}

/** The last term the payer bought: what auto-renewal buys again. */
async function lastTerm(tx: Tx, hostedConnectionId: string): Promise<RenewalTerm> {
  const order = await first(
    tx
      .select({ period: orders.period, cycle: orders.pricingCycle })
      .from(orders)
      .where(and(eq(orders.hostedConnectionId, hostedConnectionId), eq(orders.status, "paid")))
      .orderBy(desc(orders.serviceUntil))
      .limit(1),
  );
  return order ?? { period: 1, cycle: "Month" };
}

/** One port's next step, read again inside its own transaction (another process may have moved it). */
export async function advancePort(tx: Tx, id: string, now: Date): Promise<void> {
  const row = await first(
    tx
      .select({ hc: hostedConnections, circuit: circuits })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(and(eq(hostedConnections.id, id), liveHostedConnection)),
  );
  if (!row?.hc.paid || row.hc.endTime === null) return;
  const { hc, circuit } = row;
  const phase = subscriptionPhase(hc.endTime, now);
  if (phase === "active" || phase === "unpaid") return;
  if (phase === "expiring") {
    const notice = dueExpiryNotice(hc.endTime, now, noticesSent(hc.expiryNotice));
    if (notice === null) return;
    await tx.update(hostedConnections).set({ expiryNotice: notice }).where(eq(hostedConnections.id, id));
    await notifyBothSides(tx, hc, circuit, notice, now);
    return;
  }
  if (hc.businessStatus !== "FinancialLocked") {
    if (hc.autoRenew && phase === "locked" && (await autoRenew(tx, hc, circuit, now))) return;
    await lockPort(tx, hc, circuit, now);
  }
  if (phase === "releasable")
    await releasePort(tx, { ...hc, businessStatus: "FinancialLocked" }, circuit, now);
}

/** True when renewed; a refusal is told to both sides and the port locks like any other. */
async function autoRenew(
  tx: Tx,
  hc: typeof hostedConnections.$inferSelect,
  circuit: typeof circuits.$inferSelect,
  now: Date,
): Promise<boolean> {
  try {
    await renewPort(tx, hc, circuit, await lastTerm(tx, hc.id), now);
    return true;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await notifyBothSides(tx, hc, circuit, "autoRenewFailed", now, { reason: error.key });
    return false;
  }
}
