// Log-ons: users of an account (or platform operators), invited by a one-time link or given a password.
import { createHash, randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { type User, users } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { domainError } from "../../domain/errors";
import { endAllConsoleSessions } from "../auth/console-sessions";
import { newPasswordSchema } from "../auth/passwords";
import { newUserId } from "../ids";
import { hashPassword } from "../password";
import { loadAccount } from "./accounts";
import { defineOperatorOperation } from "./operation";

/** How long an invitation's link opens the set-password page. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function inviteTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A user row safe to show: never the hash, never the invitation's token hash. */
export type UserDto = {
  id: string;
  email: string;
  displayName: string;
  accountUid: string | null;
  operator: boolean;
  disabled: boolean;
  invitePending: boolean;
};

function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    accountUid: user.accountUid,
    operator: user.operator,
    disabled: user.disabledAt !== null,
    invitePending: user.inviteTokenHash !== null,
  };
}

/** What the operator hands over: the user, and the path of the one-time link when one was made. */
export type UserGrant = { user: UserDto; invitePath?: string };

/** A fresh one-time link for the user; the previous one stops working. No mail: the operator passes it on. */
async function issueInvite(tx: Tx, userId: string, now: Date): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await tx
    .update(users)
    .set({
      inviteTokenHash: inviteTokenHash(token),
      inviteExpiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS),
    })
    .where(eq(users.id, userId));
  return `/invite/${token}`;
}

async function loadUser(tx: Tx, userId: string): Promise<User> {
  const user = await first(tx.select().from(users).where(eq(users.id, userId)));
  if (!user) throw domainError("Operator.ResourceNotFound", { args: [`user ${userId}`] });
  return user;
}

const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));
const displayName = z.string().trim().min(1).max(64);

/**
 * A log-on for an account (accountUid) or a platform operator (operator: true). With a password it can
 * log on at once; without one the answer carries a one-time link that sets it.
 */
export const createUser = defineOperatorOperation({
  action: "CreateUser",
  kind: "write",
  input: z
    .object({
      accountUid: z
        .string()
        .regex(/^\d{16}$/, "InvalidParameter")
        .optional(),
      operator: z.boolean().default(false),
      email,
      displayName,
      password: newPasswordSchema.optional(),
    })
    .refine((input) => input.operator !== (input.accountUid !== undefined), {
      message: "InvalidParameter",
      path: ["accountUid"],
    }),
  async run({ tx, ctx }, input): Promise<UserGrant> {
    if (input.accountUid !== undefined) await loadAccount(tx, input.accountUid);
    if (await first(tx.select().from(users).where(eq(users.email, input.email)))) {
      throw domainError("Operator.ResourceExists", { args: [input.email], field: "email" });
    }
    const id = newUserId();
    await tx.insert(users).values({
      id,
      email: input.email,
      // Until the invitation is accepted the hash is of a secret nobody holds.
      passwordHash: hashPassword(input.password ?? randomBytes(24).toString("base64url")),
      accountUid: input.accountUid ?? null,
      operator: input.operator,
      displayName: input.displayName,
      createdAt: ctx.now,
    });
    const invitePath = input.password === undefined ? await issueInvite(tx, id, ctx.now) : undefined;
    return { user: toUserDto(await loadUser(tx, id)), ...(invitePath ? { invitePath } : {}) };
  },
  resource: (_input, output) => output && { type: "user", id: output.user.id },
});

/** Sets the password, or (none given) issues a new one-time link; either way ends the user's sessions. */
export const resetUserPassword = defineOperatorOperation({
  action: "ResetUserPassword",
  kind: "write",
  input: z.object({ userId: z.string().min(1).max(64), password: newPasswordSchema.optional() }),
  async run({ tx, ctx }, input): Promise<UserGrant> {
    const user = await loadUser(tx, input.userId);
    await endAllConsoleSessions(tx, user.id);
    if (input.password === undefined) {
      const invitePath = await issueInvite(tx, user.id, ctx.now);
      return { user: toUserDto(await loadUser(tx, user.id)), invitePath };
    }
    await tx
      .update(users)
      .set({ passwordHash: hashPassword(input.password), inviteTokenHash: null, inviteExpiresAt: null })
      .where(eq(users.id, user.id));
    return { user: toUserDto(await loadUser(tx, user.id)) };
  },
  resource: (input) => ({ type: "user", id: input.userId }),
});

/** A disabled user cannot log on, and its open sessions end now. */
export const modifyUser = defineOperatorOperation({
  action: "ModifyUser",
  kind: "write",
  input: z.object({
    userId: z.string().min(1).max(64),
    displayName: displayName.optional(),
    disabled: z.boolean().optional(),
  }),
  async run({ tx, ctx }, input): Promise<UserDto> {
    const user = await loadUser(tx, input.userId);
    await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.disabled !== undefined ? { disabledAt: input.disabled ? ctx.now : null } : {}),
      })
      .where(eq(users.id, user.id));
    if (input.disabled) await endAllConsoleSessions(tx, user.id);
    return toUserDto(await loadUser(tx, user.id));
  },
  resource: (input) => ({ type: "user", id: input.userId }),
});

export const listUsers = defineOperatorOperation({
  action: "ListUsers",
  kind: "read",
  input: z.object({ accountUid: z.string().max(32).optional() }).default({}),
  async run({ tx }, input): Promise<UserDto[]> {
    const rows = await tx
      .select()
      .from(users)
      .where(input.accountUid === undefined ? undefined : eq(users.accountUid, input.accountUid))
      .orderBy(asc(users.createdAt), asc(users.email));
    return rows.map(toUserDto);
  },
});
