// Statuses the real service changes asynchronously (Terminating, terminating, recovering, deleting) settle
// env.ASYNC_SETTLE_SECONDS after they were entered. Every operation settles what is due before it runs.
import { and, eq, lte, sql } from "drizzle-orm";
import { first } from "../../../db/rows";
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
export async function settleDue(tx: Tx, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - env.ASYNC_SETTLE_SECONDS * 1000);
  const due = await tx
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
    // One order in every process: two transactions settling the same rows lock them alike, never crosswise.
    .orderBy(sql`1`, sql`2`);
  for (const { kind, id } of due) {
    if (kind === "port") await settlePort(tx, id);
    else await settleVbr(tx, id);
  }
}

async function settlePort(tx: Tx, id: string): Promise<void> {
  await tx
    .update(hostedConnections)
    .set({ status: hostedConnectionState.settle("Terminating") })
    .where(eq(hostedConnections.id, id));
}

async function settleVbr(tx: Tx, id: string): Promise<void> {
  const vbr = await first(tx.select().from(vbrs).where(eq(vbrs.id, id)));
  if (!vbr) return;
  const next = vbrState.settle(vbr.status);
  if (next !== null) {
    await tx.update(vbrs).set({ status: next }).where(eq(vbrs.id, id));
    return;
  }
  await tx.delete(tags).where(and(eq(tags.resourceType, "vbr"), eq(tags.resourceId, id)));
  await tx.delete(vbrs).where(eq(vbrs.id, id));
  await releaseVlanIfUnused(tx, vbr.vlanAllocationId);
}
