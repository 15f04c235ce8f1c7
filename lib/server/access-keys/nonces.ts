import { eq, lt } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { affectedRows } from "../../../db/rows";
import { accessKeys, signatureNonces } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { domainError } from "../../domain/errors";

const PRUNE_EVERY_MS = 60 * 1000;
let prunedAt = 0;

/**
 * Spends the nonce of a verified API request for its AccessKey (nonces are per key), and marks the key
 * used. A nonce is kept `keepMs`: as long as a request carrying it could still pass the freshness check.
 */
export function spendNonce(
  db: Db,
  nonce: string,
  accessKeyId: string,
  now: Date,
  keepMs: number,
): Promise<void> {
  return withTransaction(db, "write", async (tx) => {
    if (now.getTime() - prunedAt > PRUNE_EVERY_MS) {
      await tx.delete(signatureNonces).where(lt(signatureNonces.seenAt, new Date(now.getTime() - keepMs)));
      prunedAt = now.getTime();
    }
    const inserted = await tx
      .insert(signatureNonces)
      .values({ accessKeyId, nonce, seenAt: now })
      .onConflictDoNothing();
    if (affectedRows(inserted) === 0) throw domainError("SignatureNonceUsed");
    await tx.update(accessKeys).set({ lastUsedAt: now }).where(eq(accessKeys.id, accessKeyId));
  });
}
