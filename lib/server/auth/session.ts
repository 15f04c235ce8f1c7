import "server-only";
import { cache } from "react";
import { auth } from "../../auth";
import type { Caller } from "../operations/context";

/** The signed-in console user as an operation caller, or null. Operations re-check the account. */
export const getConsoleCaller = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  if (!session?.user?.accountUid || !session.user.id) return null;
  // An operator has no account: partner and tenant pages are not theirs (their console is /operator).
  if (session.user.operator) return null;
  return {
    accountUid: session.user.accountUid,
    userId: session.user.id,
    ...(session.user.ramUid ? { ramUid: session.user.ramUid } : {}),
    via: "console",
  };
});

/** The signed-in platform operator's user ID, or null. Operator operations re-check the user. */
export const getOperatorUserId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.user?.operator && session.user.id ? session.user.id : null;
});
