// What happens to a paid period: renewed (by its payer, or automatically at expiry), locked when it ends
// unrenewed, released when the grace period is over. The Renew operation and the subscription job share it.
import { and, eq } from "drizzle-orm";
import { only } from "../../../db/rows";
import {
  type Circuit,
  type HostedConnection,
  hostedConnections,
  type Order,
  orders,
  tags,
  vbrs,
} from "../../../db/schema";
import { DEMO_PRICE_LIST, type PricingCycle } from "../../domain/billing";
import { payerRole } from "../../domain/enums";
import { businessStatusAt, renewal } from "../../domain/subscription";
import { newOrderId } from "../ids";
import { type NotificationKind, notify } from "../notifications/notify";
import type { Tx } from "./context";
import { lockCircuit } from "./locks";
import { cancelUnpaidOrders } from "./payment";
import { releaseVlanIfUnused } from "./vlan-allocations";

export type RenewalTerm = { period: number; cycle: PricingCycle };

/** Tells the tenant and the partner (both follow a port's period) what happened to it. */
export async function notifyBothSides(
  tx: Tx,
  hc: HostedConnection,
  circuit: Circuit,
  kind: NotificationKind,
  now: Date,
  params: Record<string, string | number> = {},
): Promise<void> {
  const resource = { type: "hosted_connection" as const, id: hc.id };
  const all = { resource: hc.name ?? hc.id, ...params };
  await notify(
    tx,
    { accountUid: hc.tenantUid, kind, resource, params: all, at: now },
    { accountUid: circuit.ownerUid, kind, resource, params: all, at: now },
  );
}

/**
 * Buys the next period (lib/domain/subscription.ts renewal) as a paid "renew" order: the port's expiry
 * moves on, its notices start again, and a locked port and its stopped VBR run again.
 */
export async function renewPort(
  tx: Tx,
  hc: HostedConnection,
  circuit: Circuit,
  term: RenewalTerm,
  now: Date,
): Promise<Order> {
  if (hc.endTime === null) throw new Error(`Renewing a port without a period: ${hc.id}`);
  const bought = renewal({ spec: hc.spec, endTime: hc.endTime }, term);
  const order = await only(
    tx
      .insert(orders)
      .values({
        id: newOrderId(),
        payerUid: payerRole(hc.orderMode) === "partner" ? circuit.ownerUid : hc.tenantUid,
        hostedConnectionId: hc.id,
        type: "renew",
        spec: hc.spec,
        pricingCycle: term.cycle,
        period: term.period,
        autoRenew: hc.autoRenew,
        amountCents: bought.amountCents,
        currency: DEMO_PRICE_LIST.currency,
        status: "paid",
        createdAt: now,
        paidAt: now,
        serviceFrom: bought.from,
        serviceUntil: bought.until,
      })
      .returning(),
  );
  await tx
    .update(hostedConnections)
    .set({ endTime: bought.until, expiryNotice: null, businessStatus: businessStatusAt(bought.until, now) })
    .where(eq(hostedConnections.id, hc.id));
  if (hc.businessStatus === "FinancialLocked") {
    await tx
      .update(vbrs)
      .set({ status: "active", stoppedByExpiry: false, recoveredAt: now })
      .where(and(eq(vbrs.hostedConnectionId, hc.id), eq(vbrs.stoppedByExpiry, true)));
  }
  await notifyBothSides(tx, hc, circuit, "renewed", now, { date: bought.until.toISOString() });
  return order;
}

/** The period ended unrenewed: FinancialLocked, traffic stops (an active VBR on it stops too). */
export async function lockPort(tx: Tx, hc: HostedConnection, circuit: Circuit, now: Date): Promise<void> {
  await tx
    .update(hostedConnections)
    .set({ businessStatus: "FinancialLocked", expiryNotice: "expired" })
    .where(eq(hostedConnections.id, hc.id));
  await tx
    .update(vbrs)
    .set({ status: "terminated", stoppedByExpiry: true, terminatedAt: now })
    .where(and(eq(vbrs.hostedConnectionId, hc.id), eq(vbrs.status, "active")));
  await notifyBothSides(tx, hc, circuit, "expired", now);
}

/** The grace period is over: the port and its VBR are deleted, their VLAN and the capacity freed. */
export async function releasePort(tx: Tx, hc: HostedConnection, circuit: Circuit, now: Date): Promise<void> {
  await lockCircuit(tx, circuit.id);
  const vbrRows = await tx.select().from(vbrs).where(eq(vbrs.hostedConnectionId, hc.id));
  for (const vbr of vbrRows) {
    await tx.delete(tags).where(and(eq(tags.resourceType, "vbr"), eq(tags.resourceId, vbr.id)));
    await tx.delete(vbrs).where(eq(vbrs.id, vbr.id));
  }
  await cancelUnpaidOrders(tx, hc.id);
  await tx
    .update(hostedConnections)
    .set({ vpconnStatus: "Deleted", loaStatus: "Deleted", deletedAt: now, vlanAllocationId: null })
    .where(eq(hostedConnections.id, hc.id));
  if (hc.vlanAllocationId !== null) await releaseVlanIfUnused(tx, hc.vlanAllocationId);
  for (const vbr of vbrRows) await releaseVlanIfUnused(tx, vbr.vlanAllocationId);
  await notifyBothSides(tx, hc, circuit, "released", now);
}
