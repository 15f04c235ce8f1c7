// How a console list of shared ports is sorted and paged, as its URL carries it (sort, order, pageSize):
// client-safe, so the column headers build their links from the same lists the operations parse.
import { z } from "zod";

export const SHARED_PORT_SORT_KEYS = ["created", "expires", "vlan", "bandwidth"] as const;
export type SharedPortSortKey = (typeof SHARED_PORT_SORT_KEYS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export type SharedPortSort = { key: SharedPortSortKey; order: SortOrder };

export const sharedPortSortSchema = z.object({
  key: z.enum(SHARED_PORT_SORT_KEYS),
  order: z.enum(SORT_ORDERS),
});

// The API's DescribePhysicalConnections pages at most 50, and the tenant's list reads through it.
export const LIST_PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_LIST_PAGE_SIZE = 20;

/** The list's sort and page size from its URL; anything unknown falls back to newest first, 20 a page. */
export function listView(searchParams: Record<string, string | string[] | undefined>): {
  sort: SharedPortSort;
  pageSize: number;
} {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const key = one(searchParams.sort);
  const order = one(searchParams.order);
  const size = Number(one(searchParams.pageSize));
  return {
    sort: {
      key: (SHARED_PORT_SORT_KEYS as readonly string[]).includes(key)
        ? (key as SharedPortSortKey)
        : "created",
      order: order === "asc" ? "asc" : "desc",
    },
    pageSize: (LIST_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_LIST_PAGE_SIZE,
  };
}

/** The URL parameters that keep a list's view: none for the default, so plain links stay plain. */
export function listViewQuery(view: {
  sort: SharedPortSort;
  pageSize: number;
}): Record<string, string | undefined> {
  const isDefault = view.sort.key === "created" && view.sort.order === "desc";
  return {
    sort: isDefault ? undefined : view.sort.key,
    order: isDefault ? undefined : view.sort.order,
    pageSize: view.pageSize === DEFAULT_LIST_PAGE_SIZE ? undefined : String(view.pageSize),
  };
}
