"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { type Locale, LOCALES } from "@/lib/i18n/locales";
import { setLocaleAction } from "@/lib/console/actions/session";

// Each language names itself, so a reader of the other language can still find theirs.
const NATIVE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function LanguageSelect({ current }: { current: Locale }) {
  const t = useTranslations("topBar");
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5">
      <label htmlFor={id} className="sr-only text-slate-500 lg:not-sr-only">
        {t("language")}
      </label>
      <select
        id={id}
        value={current}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocaleAction(next);
            router.refresh();
          });
        }}
        className="max-w-32 rounded border border-slate-300 bg-white px-1 py-1 md:max-w-none md:px-2"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
    </span>
  );
}
