"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { acceptInviteAction, type InviteState } from "@/lib/console/actions/invite";

export function InviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, submit, pending] = useActionState<InviteState, FormData>(acceptInviteAction, {});
  if (state.done) {
    return (
      <p role="status">
        {t("done")}{" "}
        <Link href="/login" className="text-brand-700 hover:underline">
          {t("logOn")}
        </Link>
      </p>
    );
  }
  return (
    <form action={submit}>
      <p className="mb-4 text-slate-600">{t("for", { email })}</p>
      <input type="hidden" name="token" value={token} />
      <Field label={t("password")} hint={t("passwordHint")} error={state.error}>
        {(p) => (
          <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />
        )}
      </Field>
      <button
        type="submit"
        aria-busy={pending || undefined}
        className="w-full rounded bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
      >
        {t("submit")}
      </button>
    </form>
  );
}
