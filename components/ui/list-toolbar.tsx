"use client";

import { RotateCw } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";

type StatusOption = { value: string; label: string };

/** Search and status filter kept in the URL (q, status); changing either goes back to page 1. */
export function ListToolbar({
  q,
  status,
  statusOptions,
  extra,
  placeholder,
}: {
  placeholder?: string;
  q: string;
  status: string;
  statusOptions: StatusOption[];
  extra?: Record<string, string>;
}) {
  const t = useTranslations("list");
  const router = useRouter();
  const pathname = usePathname();
  const searchId = useId();
  const statusId = useId();
  const [pending, startTransition] = useTransition();

  const navigate = (next: { q?: string; status?: string }) => {
    const params = new URLSearchParams(extra);
    const query = next.q ?? q;
    const chosen = next.status ?? status;
    if (query) params.set("q", query);
    if (chosen) params.set("status", chosen);
    const qs = params.toString();
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname));
  };

  return (
    <div className="mb-3 flex flex-wrap items-center gap-3" aria-busy={pending}>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() });
          }}
          className="flex items-center gap-1.5"
        >
          <label htmlFor={searchId} className="sr-only">
            {t("search")}
          </label>
          <input
            id={searchId}
            name="q"
            type="search"
            defaultValue={q}
            placeholder={placeholder ?? t("searchPlaceholder")}
            maxLength={128}
            className="w-56 rounded border md:w-64 border-slate-300 bg-white px-2.5 py-1"
          />
          <button
            type="submit"
            className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
          >
            {t("search")}
          </button>
        </form>
      </search>
      {statusOptions.length > 0 ? (
        <span className="inline-flex items-center gap-1.5">
          <label htmlFor={statusId} className="text-slate-600">
            {t("status")}
          </label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => navigate({ status: event.target.value })}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">{t("allStatuses")}</option>
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <button
        type="button"
        aria-label={t("refresh")}
        title={t("refresh")}
        onClick={() => startTransition(() => router.refresh())}
        className="rounded border border-slate-300 bg-white p-1.5 hover:bg-slate-50"
      >
        <RotateCw aria-hidden size={14} className={pending ? "animate-spin" : undefined} />
      </button>
      {pending ? <span className="text-slate-500">…</span> : null}
    </div>
  );
}
