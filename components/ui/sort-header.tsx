import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { SharedPortSort, SharedPortSortKey } from "@/lib/inputs/list-sort";

/** Where a list's sortable columns link: its path and the query to keep (filters, page size). */
export type Sorting = {
  sort: SharedPortSort;
  basePath: string;
  query: Record<string, string | undefined>;
};

/**
 * A column header that sorts the list in the URL (sort, order) and says how it is sorted (aria-sort).
 * The first click on a column sorts newest or largest first for Created At, smallest or soonest first
 * otherwise; the next reverses it. Sorting goes back to page 1.
 */
export function SortHeader({
  column,
  label,
  sorting,
}: {
  column: SharedPortSortKey;
  label: string;
  sorting: Sorting;
}) {
  const active = sorting.sort.key === column;
  const next = active
    ? sorting.sort.order === "asc"
      ? "desc"
      : "asc"
    : column === "created"
      ? "desc"
      : "asc";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(sorting.query)) {
    if (v && k !== "sort" && k !== "order" && k !== "page") params.set(k, v);
  }
  if (!(column === "created" && next === "desc")) {
    params.set("sort", column);
    params.set("order", next);
  }
  const qs = params.toString();
  const Icon = !active ? ArrowUpDown : sorting.sort.order === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? (sorting.sort.order === "asc" ? "ascending" : "descending") : undefined}
      className="border-b border-slate-200 bg-slate-50 px-3 py-2 font-medium whitespace-nowrap text-slate-600"
    >
      <Link
        href={qs ? `${sorting.basePath}?${qs}` : sorting.basePath}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {label}
        <Icon aria-hidden size={12} className={active ? "text-slate-900" : "text-slate-400"} />
      </Link>
    </th>
  );
}
