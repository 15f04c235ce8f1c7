import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "../../auth";
import type { Caller } from "../operations/context";

/** The signed-in console user as an operation caller, or null. Operations re-check the account. */
export const getConsoleCaller = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  if (!session?.user?.accountUid || !session.user.id) return null;
  return { accountUid: session.user.accountUid, userId: session.user.id, via: "console" };
});

/** For pages and actions: the caller, or a redirect to /login that comes back here afterwards. */
export async function requireConsoleCaller(callbackUrl?: string): Promise<Caller> {
  const caller = await getConsoleCaller();
  if (!caller) redirect(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  return caller;
}
