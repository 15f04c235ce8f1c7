"use server";

import { AuthError } from "next-auth";
import { LogOnThrottled, signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/security/callback-url";

export type LogOnState = { error?: "invalid" } | { error: "throttled"; retryAfterMinutes: number };

export async function logOnAction(_prev: LogOnState, formData: FormData): Promise<LogOnState> {
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
  } catch (error) {
    // Throttled for the account or the address (lib/server/throttle): known and unknown emails alike.
    if (error instanceof LogOnThrottled)
      return { error: "throttled", retryAfterMinutes: error.retryAfterMinutes };
    // One generic answer for unknown email and wrong password: the form must not reveal accounts.
    if (error instanceof AuthError) return { error: "invalid" };
    throw error;
  }
  return {};
}
