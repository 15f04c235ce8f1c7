import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { affectedRows } from "../../../db/rows";
import { scheduledJobs } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import type { Job } from "./job";

/** A holder that has not finished by then is taken for dead, and its job for due again. */
export const LEASE_MS = 5 * 60 * 1000;

/**
 * Runs every job due at `now`, one after another, each only if this caller wins its lease: the claim is
 * one conditional UPDATE, so two processes (or two ticks) can never both run a job for the same turn.
 * A job that throws is recorded (last_error) and retried at its next turn; the others still run.
 */
export async function runDueJobs(db: Db, jobs: readonly Job[], now: Date, owner: string): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await claim(db, job, now, owner))) continue;
    let lastError: string | null = null;
    try {
      await job.run(db, now);
    } catch (error) {
      lastError = (error instanceof Error ? (error.stack ?? error.message) : String(error)).slice(0, 2000);
      console.error(`scheduled job ${job.name} failed:`, error);
    }
    await release(db, job, now, owner, lastError);
    ran.push(job.name);
  }
  return ran;
}

async function claim(db: Db, job: Job, now: Date, owner: string): Promise<boolean> {
  return withTransaction(db, "write", async (tx) => {
    await tx.insert(scheduledJobs).values({ name: job.name, nextRunAt: now }).onConflictDoNothing();
    const claimed = await tx
      .update(scheduledJobs)
      .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS), lastStartedAt: now })
      .where(
        and(
          eq(scheduledJobs.name, job.name),
          lte(scheduledJobs.nextRunAt, now),
          or(isNull(scheduledJobs.leaseUntil), lte(scheduledJobs.leaseUntil, now)),
        ),
      );
    return affectedRows(claimed) === 1;
  });
}

async function release(db: Db, job: Job, now: Date, owner: string, lastError: string | null): Promise<void> {
  await withTransaction(db, "write", (tx) =>
    tx
      .update(scheduledJobs)
      .set({
        leaseOwner: null,
        leaseUntil: null,
        lastFinishedAt: now,
        lastError,
        nextRunAt: new Date(now.getTime() + job.everyMs),
        runs: sql`${scheduledJobs.runs} + 1`,
      })
      .where(and(eq(scheduledJobs.name, job.name), eq(scheduledJobs.leaseOwner, owner))),
  );
}
