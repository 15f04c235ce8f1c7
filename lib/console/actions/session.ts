"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
  });
}

export async function logOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
