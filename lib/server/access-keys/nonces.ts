import { eq, lt } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accessKeys, signatureNonces } from "../../../db/schema";
import { domainError } from "../../domain/errors";

const PRUNE_EVERY_MS = 60 * 1000;
let prunedAt = 0;

/**
 * Spends the nonce of a verified API request, and marks its AccessKey used. A nonce is kept `keepMs`:
 * as long as a request carrying it could still pass the freshness check.
 */
export function spendNonce(db: Db, nonce: string, accessKeyId: string, now: Date, keepMs: number): void {
  db.transaction((tx) => {
    if (now.getTime() - prunedAt > PRUNE_EVERY_MS) {
      tx.delete(signatureNonces)
        .where(lt(signatureNonces.seenAt, new Date(now.getTime() - keepMs)))
        .run();
      prunedAt = now.getTime();
    }
    const inserted = tx.insert(signatureNonces).values({ nonce, seenAt: now }).onConflictDoNothing().run();
    if (inserted.changes === 0) throw domainError("SignatureNonceUsed");
    tx.update(accessKeys).set({ lastUsedAt: now }).where(eq(accessKeys.id, accessKeyId)).run();
  });
}
