"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type LogOnState, logOnAction } from "./actions";

export function LogOnForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState<LogOnState, FormData>(logOnAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-medium text-slate-700">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby={state.error ? "log-on-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium text-slate-700">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? "log-on-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600"
        />
      </div>
      <p id="log-on-error" aria-live="polite" className="min-h-5 text-red-700">
        {state.error === "throttled"
          ? t("throttled", { minutes: state.retryAfterMinutes })
          : state.error
            ? t("invalid")
            : null}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
