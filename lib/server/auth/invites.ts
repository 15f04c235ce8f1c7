import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { users } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { inviteTokenHash } from "../operator/users";
import { hashPassword } from "../password";
import { endAllConsoleSessions } from "./console-sessions";
import { newPasswordSchema } from "./passwords";

export type InviteAcceptance =
  | { kind: "ok"; email: string }
  | { kind: "invalid" }
  | { kind: "invalidNewPassword" };

/** The one-time link's page: the token sets the user's password once, before it expires. */
export async function acceptInvite(
  db: Db,
  token: string,
  password: unknown,
  now: Date,
): Promise<InviteAcceptance> {
  const next = newPasswordSchema.safeParse(password);
  if (!next.success)
    return (await inviteUser(db, token, now)) ? { kind: "invalidNewPassword" } : { kind: "invalid" };
  return withTransaction(db, "write", async (tx) => {
    const user = await first(
      tx
        .select()
        .from(users)
        .where(
          and(
            eq(users.inviteTokenHash, inviteTokenHash(token)),
            gt(users.inviteExpiresAt, now),
            isNull(users.disabledAt),
          ),
        ),
    );
    if (!user) return { kind: "invalid" } as const;
    await tx
      .update(users)
      .set({ passwordHash: hashPassword(next.data), inviteTokenHash: null, inviteExpiresAt: null })
      .where(eq(users.id, user.id));
    await endAllConsoleSessions(tx, user.id);
    return { kind: "ok", email: user.email } as const;
  });
}

/** The email an unexpired invitation is for, to show on its page; undefined for any other token. */
export async function inviteUser(db: Db, token: string, now: Date): Promise<string | undefined> {
  if (token.length > 128) return undefined;
  const user = await withTransaction(db, "read", (tx) =>
    first(
      tx
        .select({ email: users.email })
        .from(users)
        .where(
          and(
            eq(users.inviteTokenHash, inviteTokenHash(token)),
            gt(users.inviteExpiresAt, now),
            isNull(users.disabledAt),
          ),
        ),
    ),
  );
  return user?.email;
}
