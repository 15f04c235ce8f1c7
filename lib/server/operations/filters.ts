// Input pieces shared by the list operations, and the console's status filter.
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { hostedConnections, tags } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";

export const pageNumberSchema = z.coerce.number().int().min(1).max(1_000_000).default(1);
export const searchSchema = z.string().trim().max(128).optional();
export const idListSchema = z.array(z.string().trim().min(1).max(64)).max(100).optional();

/** A filter value from a fixed list, in any case ("Active" for active), read as the list spells it. */
export function anyCaseEnum<T extends string>(values: readonly T[]) {
  return z.string().transform((value, ctx): T => {
    const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (found !== undefined) return found;
    ctx.addIssue({ code: "custom", message: "InvalidParameter" });
    return z.NEVER;
  });
}

/** `Tags.N.Key` / `Tags.N.Value` of a list: a resource matches when it carries every one. */
export const tagFilterSchema = z
  .array(z.object({ key: z.string().min(1).max(128), value: z.string().max(128).optional() }))
  .max(20)
  .optional();

/** One condition per wanted tag: the resource's id is among those carrying that key (and value, if given). */
export function taggedWith(
  tx: Tx,
  resourceType: "hosted_connection" | "vbr",
  id: SQLiteColumn,
  wanted: z.output<typeof tagFilterSchema>,
): SQL[] {
  return (wanted ?? []).map((tag) =>
    inArray(
      id,
      tx
        .select({ id: tags.resourceId })
        .from(tags)
        .where(
          and(
            eq(tags.resourceType, resourceType),
            eq(tags.key, tag.key),
            tag.value === undefined ? undefined : eq(tags.value, tag.value),
          ),
        ),
    ),
  );
}

/** Console status filter of shared ports: the labels a person reads, mapped to API fields. */
export const HOSTED_CONNECTION_CONSOLE_STATUSES = [
  "pendingAcceptance",
  "waitingPayment",
  "active",
  "terminating",
  "disabled",
] as const;
export type HostedConnectionConsoleStatus = (typeof HOSTED_CONNECTION_CONSOLE_STATUSES)[number];

export function hostedConnectionConsoleStatusWhere(status: HostedConnectionConsoleStatus): SQL | undefined {
  switch (status) {
    case "pendingAcceptance":
      return eq(hostedConnections.vpconnStatus, "UnConfirmed");
    case "waitingPayment":
      return and(eq(hostedConnections.vpconnStatus, "Confirmed"), eq(hostedConnections.status, "Confirmed"));
    case "active":
      return eq(hostedConnections.status, "Enabled");
    case "terminating":
      return eq(hostedConnections.status, "Terminating");
    case "disabled":
      return eq(hostedConnections.status, "Terminated");
  }
}

/** NextToken is the offset of the next page, opaque to clients. */
export function encodeNextToken(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeNextToken(token: string | undefined): number | null {
  if (!token) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString());
  return match ? Number(match[1]) : null;
}
