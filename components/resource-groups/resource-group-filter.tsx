"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";

/** The shared ports of one resource group, or of all: kept in the URL (`group`). */
export function ResourceGroupFilter({
  groups,
  current,
}: {
  groups: Array<{ id: string; name: string }>;
  current: string;
}) {
  const t = useTranslations("resourceGroups");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <div className="mb-3 flex items-center gap-2" aria-busy={pending}>
      <label htmlFor={id}>{t("filterLabel")}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const value = event.target.value;
          startTransition(() =>
            router.replace(value ? `${pathname}?group=${encodeURIComponent(value)}` : pathname),
          );
        }}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        <option value="">{t("allGroups")}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </div>
  );
}
