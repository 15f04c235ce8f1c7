import { and, asc, count, eq, gt, lte, ne } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { withTransaction } from "../../../db/transaction";
import { logOnAttempts } from "../../../db/schema";
import { lockName } from "../operations/locks";
import { type LogOnPolicy, type LogOnVerdict, logOnVerdict } from "./policy";

export type Attempt = { id: number; accountKey: string; address: string };

/**
 * Records an attempt before its password is checked, then judges it on the failures already recorded.
 * Attempts from one address, and on one account, are judged one at a time (SQLite's write lock, or
 * PostgreSQL's locks on both names), so each sees every earlier one: none slips in under the limit.
 */
export async function beginAttempt(
  db: Db,
  accountKey: string,
  address: string,
  now: Date,
  policy: LogOnPolicy,
): Promise<{ attempt: Attempt; verdict: LogOnVerdict }> {
  return withTransaction(db, "write", async (tx) => {
    await lockName(tx, `log-on-address:${address}`);
    await lockName(tx, `log-on-account:${accountKey}`);
    const windowStart = new Date(now.getTime() - policy.windowMs);
    await tx.delete(logOnAttempts).where(lte(logOnAttempts.at, windowStart));
    const [row] = await tx
      .insert(logOnAttempts)
      .values({ accountKey, address, at: now })
      .returning({ id: logOnAttempts.id });
    if (!row) throw new Error("log-on attempt not recorded");
    const others = and(gt(logOnAttempts.at, windowStart), ne(logOnAttempts.id, row.id));
    const unforgiven = eq(logOnAttempts.forgiven, false);
    const times = (rows: Array<{ at: Date }>) => rows.map((r) => r.at.getTime());
    const accountAndAddress = await tx
      .select({ at: logOnAttempts.at })
      .from(logOnAttempts)
      .where(
        and(others, unforgiven, eq(logOnAttempts.accountKey, accountKey), eq(logOnAttempts.address, address)),
      )
      .orderBy(asc(logOnAttempts.at));
    const byAddress = await tx
      .select({ at: logOnAttempts.at })
      .from(logOnAttempts)
      .where(and(others, eq(logOnAttempts.address, address)))
      .orderBy(asc(logOnAttempts.at));
    const [account] = await tx
      .select({ failures: count() })
      .from(logOnAttempts)
      .where(and(others, unforgiven, eq(logOnAttempts.accountKey, accountKey)));
    const verdict = logOnVerdict(
      {
        accountAndAddress: times(accountAndAddress),
        address: times(byAddress),
        accountCount: account?.failures ?? 0,
      },
      now.getTime(),
      policy,
    );
    const attempt = { id: row.id, accountKey, address };
    // A refused attempt is not a failure: the lock must not extend itself.
    if (!verdict.allowed) await tx.delete(logOnAttempts).where(eq(logOnAttempts.id, row.id));
    return { attempt, verdict };
  });
}

/**
 * The password was right: the attempt was no failure, and the account's failures from this address
 * no longer count against the account. They still count against the address, or one valid account
 * would reset an address's limit between guesses at others.
 */
export async function attemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  return withTransaction(db, "write", async (tx) => {
    await tx.delete(logOnAttempts).where(eq(logOnAttempts.id, attempt.id));
    await tx
      .update(logOnAttempts)
      .set({ forgiven: true })
      .where(
        and(eq(logOnAttempts.accountKey, attempt.accountKey), eq(logOnAttempts.address, attempt.address)),
      );
  });
}
