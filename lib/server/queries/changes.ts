// "What changed since": lets an open console page notice, cheaply and often, that another party (or the
// caller's own API client, or the scheduler) changed something the caller can see, so it can refresh.
import { and, desc, eq, gt, inArray, or } from "drizzle-orm";
import { first } from "../../../db/rows";
import { auditEvents, circuits, hostedConnections, orders, vbrs } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import type { OperationContext, Tx } from "../operations/context";
import { countUnread } from "../operations/list-notifications";
import { loadCallerAccount } from "../operations/loaders";

/** At most this many new audit events are looked at per poll; more than that counts as a change. */
const SCAN = 200;

export type Changes = {
  /** The newest audit event looked at: the next poll asks what came after it. */
  version: number;
  /** Something the caller can see changed after `since`, by someone other than the caller's console. */
  changed: boolean;
  /** The caller's unread notifications, for the bell. */
  unread: number;
};

/**
 * Without `since`, only the current version (the newest audit event ID) and the unread count. With it, the
 * audit events after it, in ID order (a primary-key range), checked against what the caller may see.
 */
export async function readChanges(ctx: OperationContext, since: number | null): Promise<Changes> {
  return withTransaction(ctx.db, "read", async (tx) => {
    const account = await loadCallerAccount(tx, ctx.caller);
    const unread = await countUnread(tx, account.uid);
    if (since === null) {
      const newest = await first(
        tx.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1),
      );
      return { version: newest?.id ?? 0, changed: false, unread };
    }
    const events = await tx
      .select({
        id: auditEvents.id,
        actorUid: auditEvents.actorUid,
        via: auditEvents.via,
        result: auditEvents.result,
        dryRun: auditEvents.dryRun,
        resourceType: auditEvents.resourceType,
        resourceId: auditEvents.resourceId,
      })
      .from(auditEvents)
      .where(gt(auditEvents.id, since))
      .orderBy(auditEvents.id)
      .limit(SCAN);
    const last = events.at(-1);
    if (!last) return { version: since, changed: false, unread };
    if (events.length === SCAN) return { version: last.id, changed: true, unread };
    // The caller's own console refreshes itself after each action it takes.
    const candidates = events.filter(
      (e) =>
        e.result === "Success" &&
        !e.dryRun &&
        e.resourceId !== null &&
        !(e.actorUid === account.uid && e.via === "console"),
    );
    const changed = await anyVisible(tx, account.uid, candidates);
    return { version: last.id, changed, unread };
  });
}

type Touched = { resourceType: string | null; resourceId: string | null };

async function anyVisible(tx: Tx, uid: string, events: Touched[]): Promise<boolean> {
  const idsOf = (type: string) => [
    ...new Set(events.flatMap((e) => (e.resourceType === type && e.resourceId ? [e.resourceId] : []))),
  ];
  const ports = idsOf("hosted_connection");
  if (ports.length > 0) {
    const seen = await first(
      tx
        .select({ id: hostedConnections.id })
        .from(hostedConnections)
        .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
        .where(
          and(
            inArray(hostedConnections.id, ports),
            or(eq(hostedConnections.tenantUid, uid), eq(circuits.ownerUid, uid)),
          ),
        )
        .limit(1),
    );
    if (seen) return true;
  }
  const routers = idsOf("vbr");
  if (routers.length > 0) {
    const seen = await first(
      tx
        .select({ id: vbrs.id })
        .from(vbrs)
        .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
        .where(and(inArray(vbrs.id, routers), or(eq(vbrs.ownerUid, uid), eq(circuits.ownerUid, uid))))
        .limit(1),
    );
    if (seen) return true;
  }
  const paid = idsOf("order");
  if (paid.length > 0) {
    // An order concerns both sides of its shared port: the partner paying shows on the tenant's port.
    const seen = await first(
      tx
        .select({ id: orders.id })
        .from(orders)
        .innerJoin(hostedConnections, eq(hostedConnections.id, orders.hostedConnectionId))
        .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
        .where(
          and(inArray(orders.id, paid), or(eq(hostedConnections.tenantUid, uid), eq(circuits.ownerUid, uid))),
        )
        .limit(1),
    );
    if (seen) return true;
  }
  const owned = idsOf("circuit");
  if (owned.length > 0) {
    const seen = await first(
      tx
        .select({ id: circuits.id })
        .from(circuits)
        .where(and(inArray(circuits.id, owned), eq(circuits.ownerUid, uid)))
        .limit(1),
    );
    if (seen) return true;
  }
  return false;
}
