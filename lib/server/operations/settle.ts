// Statuses the real service changes asynchronously (Terminating, terminating, recovering, deleting) settle
// env.ASYNC_SETTLE_SECONDS after they were entered. Every operation settles what is due before it runs.
import { and, eq, lte, sql } from "drizzle-orm";
import { hostedConnections, tags, vbrs } from "../../../db/schema";
import * as hostedConnectionState from "../../domain/hosted-connection-state";
import * as vbrState from "../../domain/vbr-state";
import { env } from "../../env";
import type { Tx } from "./context";
import { releaseVlanIfUnused } from "./vlan-allocations";

/**
 * One SELECT finds what is due. No index covers status yet, so it scans both tables; the statuses are
 * literals, not parameters, so partial indexes on status_changed_at WHERE status = those would serve it.
 */
export function settleDue(tx: Tx, now: Date): void {
  const cutoff = new Date(now.getTime() - env.ASYNC_SETTLE_SECONDS * 1000);
  const due = tx
    .select({ kind: sql<string>`'port'`, id: hostedConnections.id })
    .from(hostedConnections)
    .where(
      and(sql`${hostedConnections.status} = 'Terminating'`, lte(hostedConnections.statusChangedAt, cutoff)),
    )
    .unionAll(
      tx
        .select({ kind: sql<string>`'vbr'`, id: vbrs.id })
        .from(vbrs)
        .where(
          and(
            sql`${vbrs.status} in ('terminating', 'recovering', 'deleting')`,
            lte(vbrs.statusChangedAt, cutoff),
          ),
        ),
    )
    .all();
  for (const { kind, id } of due) {
    if (kind === "port") settlePort(tx, id);
    else settleVbr(tx, id);
  }
}

function settlePort(tx: Tx, id: string): void {
  tx.update(hostedConnections)
    .set({ status: hostedConnectionState.settle("Terminating") })
    .where(eq(hostedConnections.id, id))
    .run();
}

function settleVbr(tx: Tx, id: string): void {
  const vbr = tx.select().from(vbrs).where(eq(vbrs.id, id)).get();
  if (!vbr) return;
  const next = vbrState.settle(vbr.status);
  if (next !== null) {
    tx.update(vbrs).set({ status: next }).where(eq(vbrs.id, id)).run();
    return;
  }
  tx.delete(tags)
    .where(and(eq(tags.resourceType, "vbr"), eq(tags.resourceId, id)))
    .run();
  tx.delete(vbrs).where(eq(vbrs.id, id)).run();
  releaseVlanIfUnused(tx, vbr.vlanAllocationId);
}
