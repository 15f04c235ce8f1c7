import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accessKeys } from "../../../db/schema";
import { openSecret } from "./secret-box";

export type Credential = { accessKeyId: string; accountUid: string; secret: string };

/** The secret to verify a signature with; undefined for a key that is unknown or disabled. */
export function activeCredential(db: Db, accessKeyId: string): Credential | undefined {
  const row = db.select().from(accessKeys).where(eq(accessKeys.id, accessKeyId)).get();
  if (row?.status !== "Active") return undefined;
  return {
    accessKeyId: row.id,
    accountUid: row.accountUid,
    secret: openSecret(row.id, row.secretCiphertext),
  };
}
