import { eq, lt } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accessKeys, signatureNonces } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { MAX_CLOCK_SKEW_MS } from "./freshness";

// A request dated up to the skew ahead stays acceptable until twice the skew after its nonce was seen.
const NONCE_TTL_MS = 2 * MAX_CLOCK_SKEW_MS;
const PRUNE_EVERY_MS = 60 * 1000;
let prunedAt = 0;

/** Spends the nonce of a verified request for its AccessKey, and marks the key used. */
export function spendNonce(db: Db, nonce: string, accessKeyId: string, now: Date): void {
  db.transaction((tx) => {
    if (now.getTime() - prunedAt > PRUNE_EVERY_MS) {
      tx.delete(signatureNonces)
        .where(lt(signatureNonces.seenAt, new Date(now.getTime() - NONCE_TTL_MS)))
        .run();
      prunedAt = now.getTime();
    }
    const inserted = tx
      .insert(signatureNonces)
      .values({ accessKeyId, nonce, seenAt: now })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 0) throw domainError("SignatureNonceUsed");
    tx.update(accessKeys).set({ lastUsedAt: now }).where(eq(accessKeys.id, accessKeyId)).run();
  });
}
