"use server";

import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { signOut } from "@/lib/auth";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { endAllConsoleSessions } from "@/lib/server/auth/console-sessions";
import { changePassword } from "@/lib/server/auth/passwords";
import { getConsoleCaller } from "@/lib/server/auth/session";
import { type ActionResult, passwordRefusal } from "@/lib/server/console-action";
import { logOnAddress } from "@/lib/server/throttle";

export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
  });
}

/** Ends this session on the server (Auth.js's signOut event) and in this browser. */
export async function logOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, in every browser, then this one's cookie. */
export async function logOutEverywhereAction(): Promise<void> {
  const caller = await getConsoleCaller();
  if (caller?.userId) await endAllConsoleSessions(getDb(), caller.userId);
  await signOut({ redirectTo: "/login" });
}

/**
 * Changes the signed-in user's password, which ends all of their sessions (this one too): they log on
 * again with the new password.
 */
export async function changePasswordAction(input: {
  currentPassword: unknown;
  newPassword: unknown;
}): Promise<ActionResult<null>> {
  const caller = await getConsoleCaller();
  const t = await getTranslations("errors");
  if (!caller?.userId) return { ok: false, code: "Unauthenticated", message: t("Unauthenticated") };
  const result = await changePassword(
    getDb(),
    caller.userId,
    { current: input?.currentPassword, next: input?.newPassword },
    logOnAddress(await headers()),
  );
  if (result.kind === "invalidNewPassword") {
    return { ok: false, code: "InvalidNewPassword", message: t("invalidNewPassword"), field: "newPassword" };
  }
  if (result.kind !== "ok") return passwordRefusal(result, "currentPassword");
  await signOut({ redirect: false });
  return { ok: true, data: null };
}
