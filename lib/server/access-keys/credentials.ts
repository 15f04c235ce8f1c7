import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accessKeys, accounts } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { openSecret } from "./secret-box";

/** A RAM user's key calls for its primary account (accountUid) under the RAM user's policy (ramUid). */
export type Credential = { accessKeyId: string; accountUid: string; ramUid?: string; secret: string };

/** The secret to verify a signature with; undefined for a key that is unknown or disabled. */
export async function activeCredential(db: Db, accessKeyId: string): Promise<Credential | undefined> {
  const found = await withTransaction(db, "read", (tx) =>
    first(
      tx
        .select({ key: accessKeys, account: accounts })
        .from(accessKeys)
        .innerJoin(accounts, eq(accounts.uid, accessKeys.accountUid))
        .where(eq(accessKeys.id, accessKeyId)),
    ),
  );
  if (found?.key.status !== "Active") return undefined;
  const { key: row, account } = found;
  const ram = account.type === "ram" && account.parentUid ? { ramUid: account.uid } : {};
  return {
    accessKeyId: row.id,
    accountUid: account.type === "ram" && account.parentUid ? account.parentUid : row.accountUid,
    ...ram,
    secret: openSecret(row.id, row.secretCiphertext),
  };
}
