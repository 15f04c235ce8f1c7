"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/regions";

export type LogOnState = { error?: "invalid" };

export async function logOnAction(_prev: LogOnState, formData: FormData): Promise<LogOnState> {
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
  } catch (error) {
    // One generic answer for unknown email and wrong password: the form must not reveal accounts.
    if (error instanceof AuthError) return { error: "invalid" };
    throw error;
  }
  return {};
}
