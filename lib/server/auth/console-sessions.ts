import { randomBytes } from "node:crypto";
import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { consoleSessions } from "../../../db/schema";

/**
 * However often it is renewed, a session ends this long after log on: a copied cookie cannot be kept
 * alive for ever by calling /api/auth/session.
 */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A session for a user who just logged on; its ID goes into the session cookie. */
export async function openConsoleSession(db: Db, userId: string, now: Date): Promise<string> {
  await db
    .delete(consoleSessions)
    .where(lte(consoleSessions.createdAt, new Date(now.getTime() - SESSION_LIFETIME_MS)));
  const id = randomBytes(24).toString("base64url");
  await db.insert(consoleSessions).values({ id, userId, createdAt: now });
  return id;
}

/** Whether the session a cookie names is still open for that user. Checked on every request. */
export async function isConsoleSessionOpen(db: Db, id: string, userId: string, now: Date): Promise<boolean> {
  const [row] = await db
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
}

/** Log out: this session only. */
export async function endConsoleSession(db: Db, id: string): Promise<void> {
  await db.delete(consoleSessions).where(eq(consoleSessions.id, id));
}

/** "Log out everywhere" and a password change: every session of the user, in every browser. */
export async function endAllConsoleSessions(db: Db, userId: string): Promise<void> {
  await db.delete(consoleSessions).where(eq(consoleSessions.userId, userId));
}
