import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { users } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { hashPassword, verifyPassword } from "../password";
import { type CheckOptions, type PasswordCheck, throttledPasswordCheck } from "../throttle";
import { endAllConsoleSessions } from "./console-sessions";

const typedPassword = z.string().min(1).max(256);

/**
 * The signed-in user types the password again (before handing out credentials): throttled like a log
 * on, so a stolen session cannot be used to guess it.
 */
export async function confirmPassword(
  db: Db,
  userId: string,
  password: unknown,
  address: string,
  options?: CheckOptions,
): Promise<PasswordCheck> {
  const user = await withTransaction(db, "read", (tx) =>
    first(tx.select().from(users).where(eq(users.id, userId))),
  );
  const typed = typedPassword.safeParse(password);
  return throttledPasswordCheck(
    db,
    { email: user?.email, address },
    () => typed.success && user !== undefined && verifyPassword(typed.data, user.passwordHash),
    options,
  );
}

/** At least 8 characters: the demo password's length. */
export const newPasswordSchema = z.string().min(8).max(256);

export type PasswordChange = PasswordCheck | { kind: "invalidNewPassword" };

/** Replaces the password once the current one is confirmed, and ends every session of the user. */
export async function changePassword(
  db: Db,
  userId: string,
  passwords: { current: unknown; next: unknown },
  address: string,
  options?: CheckOptions,
): Promise<PasswordChange> {
  const next = newPasswordSchema.safeParse(passwords.next);
  if (!next.success) return { kind: "invalidNewPassword" };
  const check = await confirmPassword(db, userId, passwords.current, address, options);
  if (check.kind !== "ok") return check;
  await withTransaction(db, "write", async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: hashPassword(next.data) })
      .where(eq(users.id, userId));
    await endAllConsoleSessions(tx, userId);
  });
  return check;
}
