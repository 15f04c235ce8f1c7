"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";

type RegionOption = { id: string; name: string };

/** The region is the first path segment; switching keeps the page and drops the old region's filters. */
export function RegionSelect({ regions, current }: { regions: RegionOption[]; current: string }) {
  const t = useTranslations("topBar");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5">
      <label htmlFor={id} className="sr-only text-slate-500 lg:not-sr-only">
        {t("region")}
      </label>
      <select
        id={id}
        value={current}
        disabled={pending}
        onChange={(event) => {
          const segments = pathname.split("/");
          segments[1] = event.target.value;
          // A resource detail page belongs to one region: go back to that region's list.
          const target = segments.length > 3 ? `/${segments[1]}/${segments[2]}` : segments.join("/");
          startTransition(() => router.push(target));
        }}
        className="max-w-32 rounded border border-slate-300 bg-white px-1 py-1 md:max-w-none md:px-2"
      >
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </select>
    </span>
  );
}
