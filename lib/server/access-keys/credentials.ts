import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accessKeys } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { openSecret } from "./secret-box";

export type Credential = { accessKeyId: string; accountUid: string; secret: string };

/** The secret to verify a signature with; undefined for a key that is unknown or disabled. */
export async function activeCredential(db: Db, accessKeyId: string): Promise<Credential | undefined> {
  const row = await withTransaction(db, "read", (tx) =>
    first(tx.select().from(accessKeys).where(eq(accessKeys.id, accessKeyId))),
  );
  if (row?.status !== "Active") return undefined;
  return {
    accessKeyId: row.id,
    accountUid: row.accountUid,
    secret: openSecret(row.id, row.secretCiphertext),
  };
}
