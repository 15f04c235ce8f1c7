// Input pieces shared by the list operations, and the console's status filter.
import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections } from "../../../db/schema";

export const pageNumberSchema = z.coerce.number().int().min(1).max(1_000_000).default(1);
export const searchSchema = z.string().trim().max(128).optional();
export const idListSchema = z.array(z.string().trim().min(1).max(64)).max(100).optional();

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
