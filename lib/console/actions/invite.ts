"use server";

import { getTranslations } from "next-intl/server";
import { getDatabase } from "@/db/client";
import { acceptInvite } from "@/lib/server/auth/invites";
import { now } from "@/lib/server/clock";

export type InviteState = { done?: boolean; error?: string };

/** The invitation page's form: the token in the link sets the password once. */
export async function acceptInviteAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const token = formData.get("token");
  const result = await acceptInvite(
    await getDatabase(),
    typeof token === "string" ? token : "",
    formData.get("password"),
    now(),
  );
  if (result.kind === "ok") return { done: true };
  const te = await getTranslations("errors");
  return {
    error:
      result.kind === "invalidNewPassword" ? te("invalidNewPassword") : te("codes.Operator_InviteInvalid"),
  };
}
