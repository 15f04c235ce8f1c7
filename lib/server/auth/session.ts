import "server-only";
import { cache } from "react";
import { auth } from "../../auth";
import type { Caller } from "../operations/context";

/** The signed-in console user as an operation caller, or null. Operations re-check the account. */
export const getConsoleCaller = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  if (!session?.user?.accountUid || !session.user.id) return null;
  return { accountUid: session.user.accountUid, userId: session.user.id, via: "console" };
});
