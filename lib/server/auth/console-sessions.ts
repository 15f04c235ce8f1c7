import { randomBytes } from "node:crypto";
import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { type Tx, withTransaction } from "../../../db/transaction";
import { consoleSessions } from "../../../db/schema";

/**
 * However often it is renewed, a session ends this long after log on: a copied cookie cannot be kept
 * alive for ever by calling /api/auth/session.
 */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A session for a user who just logged on; its ID goes into the session cookie. */
export async function openConsoleSession(db: Db, userId: string, now: Date): Promise<string> {
  return withTransaction(db, "write", async (tx) => {
    await tx
      .delete(consoleSessions)
      .where(lte(consoleSessions.createdAt, new Date(now.getTime() - SESSION_LIFETIME_MS)));
    const id = randomBytes(24).toString("base64url");
    await tx.insert(consoleSessions).values({ id, userId, createdAt: now });
    return id;
  });
}

/** Whether the session a cookie names is still open for that user. Checked on every request. */
export async function isConsoleSessionOpen(db: Db, id: string, userId: string, now: Date): Promise<boolean> {
  return withTransaction(db, "read", async (tx) => {
    const [row] = await tx
      .select({ id: consoleSessions.id })
      .from(consoleSessions)
      .where(
        and(
          eq(consoleSessions.id, id),
          eq(consoleSessions.userId, userId),
          gt(consoleSessions.createdAt, new Date(now.getTime() - SESSION_LIFETIME_MS)),
        ),
      );
    return row !== undefined;
  });
}

/** Log out: this session only. */
export async function endConsoleSession(db: Db, id: string): Promise<void> {
  return withTransaction(db, "write", async (tx) => {
    await tx.delete(consoleSessions).where(eq(consoleSessions.id, id));
  });
}

/**
 * "Log out everywhere" and a password change: every session of the user, in every browser. Takes the
 * caller's transaction, so a password change and the end of its sessions commit together.
 */
export async function endAllConsoleSessions(tx: Tx, userId: string): Promise<void> {
  await tx.delete(consoleSessions).where(eq(consoleSessions.userId, userId));
}
