import "server-only";
import { and, desc, eq, gte, inArray, ne } from "drizzle-orm";
import { auditEvents, circuits, hostedConnections, orders } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import type { OperationContext } from "../operations/context";

export type PartnerActivity = {
  kind: "accepted" | "paid";
  at: string;
  hostedConnectionId: string;
  hostedConnectionName: string | null;
  circuitName: string;
  tenantUid: string;
};

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * What tenants did on the calling partner's circuits in the last week: offers accepted and usage fees
 * paid. Scoped by the caller's own circuits, so it never shows another partner's tenants.
 */
export function partnerActivity(
  ctx: OperationContext,
  regionId: string,
  limit = 8,
): Promise<PartnerActivity[]> {
  return withTransaction(ctx.db, "read", (tx) => recentActivity(tx, ctx, regionId, limit));
}

async function recentActivity(
  tx: Tx,
  { caller, now }: OperationContext,
  regionId: string,
  limit: number,
): Promise<PartnerActivity[]> {
  const partnerUid = caller.accountUid;
  const since = new Date(now.getTime() - WINDOW_MS);
  // Joins from the recent events to the partner's circuits: never a list of all its ports.
  const mine = and(eq(circuits.ownerUid, partnerUid), eq(circuits.regionId, regionId));
  const accepted = await tx
    .select({ at: auditEvents.at, portId: hostedConnections.id })
    .from(auditEvents)
    .innerJoin(hostedConnections, eq(hostedConnections.id, auditEvents.resourceId))
    .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
    .where(
      and(
        eq(auditEvents.action, "ConfirmPhysicalConnection"),
        gte(auditEvents.at, since),
        eq(auditEvents.result, "Success"),
        mine,
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(limit);
  const paid = await tx
    .select({ at: orders.paidAt, portId: orders.hostedConnectionId })
    .from(orders)
    .innerJoin(hostedConnections, eq(hostedConnections.id, orders.hostedConnectionId))
    .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
    .where(and(eq(orders.status, "paid"), gte(orders.paidAt, since), ne(orders.payerUid, partnerUid), mine))
    .orderBy(desc(orders.paidAt))
    .limit(limit);
  const events = [
    ...accepted.map((e) => ({ kind: "accepted" as const, at: e.at, portId: e.portId })),
    ...paid.map((o) => ({ kind: "paid" as const, at: o.at ?? now, portId: o.portId })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
  if (events.length === 0) return [];
  const rows = await tx
    .select({
      id: hostedConnections.id,
      name: hostedConnections.name,
      tenantUid: hostedConnections.tenantUid,
      circuitName: circuits.name,
    })
    .from(hostedConnections)
    .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
    .where(inArray(hostedConnections.id, [...new Set(events.map((e) => e.portId))]));
  const details = new Map(rows.map((d) => [d.id, d]));
  return events.flatMap((e) => {
    const d = details.get(e.portId);
    return d
      ? [
          {
            kind: e.kind,
            at: e.at.toISOString(),
            hostedConnectionId: d.id,
            hostedConnectionName: d.name,
            circuitName: d.circuitName,
            tenantUid: d.tenantUid,
          },
        ]
      : [];
  });
}
