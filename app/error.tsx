"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-lg font-semibold">{t("heading")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700"
      >
        {t("retry")}
      </button>
    </main>
  );
}
