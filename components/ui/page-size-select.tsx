"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";

/** Rows a page, kept in the URL (pageSize); changing it keeps every other parameter and goes to page 1. */
export function PageSizeSelect({ value, options }: { value: number; options: readonly number[] }) {
  const t = useTranslations("listTools");
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-1.5" aria-busy={pending || undefined}>
      <label htmlFor={id} className="text-slate-600">
        {t("pageSize")}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const params = new URLSearchParams(searchParams);
          params.delete("page");
          params.set("pageSize", event.target.value);
          startTransition(() => router.replace(`${pathname}?${params}`));
        }}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </span>
  );
}
