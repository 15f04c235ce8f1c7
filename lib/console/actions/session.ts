"use server";

import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { withTransaction } from "@/db/transaction";
import { signOut } from "@/lib/auth";
import type { ActionResult } from "@/lib/console/action-result";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";
import { endAllConsoleSessions } from "@/lib/server/auth/console-sessions";
import { changePassword } from "@/lib/server/auth/passwords";
import { passwordRefusal } from "@/lib/server/console-action";
import { consoleContext } from "@/lib/server/console-context";
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

/** The browser's time zone, for times rendered on the server; false when the zone is unknown here. */
export async function setTimeZoneAction(zone: string): Promise<boolean> {
  if (!isTimeZone(zone)) return false;
  (await cookies()).set(TIME_ZONE_COOKIE, zone, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
  });
  return true;
}

/** Ends this session on the server (Auth.js's signOut event) and in this browser. */
export async function logOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, in every browser, then this one's cookie. */
export async function logOutEverywhereAction(): Promise<void> {
  const ctx = await consoleContext();
  const userId = ctx?.caller.userId;
  if (ctx && userId) await withTransaction(ctx.db, "write", (tx) => endAllConsoleSessions(tx, userId));
  await signOut({ redirectTo: "/login" });
}

/**
 * Changes the signed-in user's password, which ends all of their sessions (this one too): they log on
 * again with the new password.
 */
export async function changePasswordAction(input: {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}): Promise<ActionResult<null>> {
  const ctx = await consoleContext();
  const t = await getTranslations("errors");
  if (!ctx?.caller.userId) return { ok: false, code: "Unauthenticated", message: t("Unauthenticated") };
  // The input comes from the browser: anything at all.
  const typed = typeof input === "object" && input !== null ? input : ({} as Partial<typeof input>);
  if (typed.newPassword !== typed.repeatPassword) {
    const message = (await getTranslations("account"))("mismatch");
    return { ok: false, code: "PasswordMismatch", message, field: "repeatPassword" };
  }
  const result = await changePassword(
    ctx.db,
    ctx.caller.userId,
    { current: typed.currentPassword, next: typed.newPassword },
    logOnAddress(await headers()),
    { now: ctx.now },
  );
  if (result.kind === "invalidNewPassword") {
    return { ok: false, code: "InvalidNewPassword", message: t("invalidNewPassword"), field: "newPassword" };
  }
  if (result.kind !== "ok") return passwordRefusal(result, "currentPassword");
  await signOut({ redirect: false });
  return { ok: true, data: null };
}
