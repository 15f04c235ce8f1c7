import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accounts, type User } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";

export type LogOnIdentity = { accountUid?: string; ramUid?: string; operator: boolean };

/**
 * Who a user whose password proved right logs on as, or null when they may not: a disabled user, a
 * user of a disabled account, an invitation not yet accepted. A RAM user acts for its primary account.
 */
export async function logOnIdentity(db: Db, user: User): Promise<LogOnIdentity | null> {
  if (user.disabledAt) return null;
  if (user.operator) return { operator: true };
  if (!user.accountUid) return null;
  const accountUid = user.accountUid;
  const account = await withTransaction(db, "read", (tx) =>
    first(tx.select().from(accounts).where(eq(accounts.uid, accountUid))),
  );
  if (!account || account.disabledAt) return null;
  if (account.type === "ram") {
    return account.parentUid ? { accountUid: account.parentUid, ramUid: account.uid, operator: false } : null;
  }
  return { accountUid: account.uid, operator: false };
}
