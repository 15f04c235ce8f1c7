// A DryRun answers exactly like the real call and changes nothing, so unrecorded and unlimited it would
// let any partner classify account IDs (tenant, RAM user, partner, other site, none) in bulk.
import { and, count, eq, gt, ne } from "drizzle-orm";
import { first, only } from "../../../db/rows";
import { auditEvents } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { domainError } from "../../domain/errors";
import { auditRow } from "./audit";
import type { OperationContext } from "./context";
import { lockAccount } from "./locks";

/**
 * Dry runs one account (all its AccessKeys and console users together) may make in a sliding window:
 * plenty to try a request before sending it, far too few to sweep a list of account IDs. docs/api.md
 * documents it.
 */
export const DRY_RUN_LIMIT = { max: 60, windowMs: 60 * 60 * 1000 };

const THROTTLED = "Throttling.User";
const PASSED = "DryRunOperation";

/**
 * Records the dry run in the caller's own log before it runs, and counts it in the same transaction, so
 * concurrent dry runs cannot all slip under the limit. A refused one is recorded too, but does not count:
 * retrying cannot push the end of the wait further out. Returns the entry to complete with the result.
 */
export async function beginDryRun(ctx: OperationContext, action: string): Promise<number> {
  const entry = await withTransaction(ctx.db, "write", async (tx) => {
    await lockAccount(tx, ctx.caller.accountUid);
    const since = new Date(ctx.now.getTime() - DRY_RUN_LIMIT.windowMs);
    const recent = await first(
      tx
        .select({ n: count() })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.actorUid, ctx.caller.accountUid),
            eq(auditEvents.dryRun, true),
            gt(auditEvents.at, since),
            ne(auditEvents.result, THROTTLED),
          ),
        ),
    );
    const throttled = (recent?.n ?? 0) >= DRY_RUN_LIMIT.max;
    const row = { ...auditRow(action, ctx, undefined, throttled ? THROTTLED : PASSED), dryRun: true };
    const { id } = await only(tx.insert(auditEvents).values(row).returning({ id: auditEvents.id }));
    return { id, throttled };
  });
  if (entry.throttled) throw domainError(THROTTLED);
  return entry.id;
}

/** The dry run's outcome: the entry says it passed until told otherwise. */
export async function completeDryRun(ctx: OperationContext, entryId: number, result: string): Promise<void> {
  if (result === PASSED) return;
  await withTransaction(ctx.db, "write", (tx) =>
    tx.update(auditEvents).set({ result }).where(eq(auditEvents.id, entryId)),
  );
}
