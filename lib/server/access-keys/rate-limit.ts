import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { only } from "../../../db/rows";
import { apiRequestWindows } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { env } from "../../env";

/**
 * How many signed calls one AccessKey may make in one second of the server clock. Alibaba limits every
 * API per user and answers the excess 400 Throttling.User; 50 a second lets a script page through a
 * region briskly while a runaway loop is stopped at once.
 */
export const API_RATE_LIMIT = { requestsPerWindow: env.API_RATE_LIMIT_PER_SECOND, windowMs: 1000 } as const;

export type ApiRateLimit = { readonly requestsPerWindow: number; readonly windowMs: number };

// Windows older than this are of no further use; each key prunes its own as it calls.
const KEEP_WINDOWS_MS = 60 * 1000;

export type Admission = { admitted: true } | { admitted: false; retryAfterMs: number };

/**
 * Counts one call of a verified AccessKey in the database (so every server process shares the count)
 * and says whether it is within the limit. A refused call counts too: a client that keeps hammering
 * stays refused until the window turns.
 */
export function admitApiCall(
  db: Db,
  accessKeyId: string,
  now: Date,
  limit: ApiRateLimit = API_RATE_LIMIT,
): Promise<Admission> {
  const windowStart = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return withTransaction(db, "write", async (tx) => {
    await tx
      .delete(apiRequestWindows)
      .where(
        and(
          eq(apiRequestWindows.accessKeyId, accessKeyId),
          lt(apiRequestWindows.windowStartMs, windowStart - KEEP_WINDOWS_MS),
        ),
      );
    const { requests } = await only(
      tx
        .insert(apiRequestWindows)
        .values({ accessKeyId, windowStartMs: windowStart, requests: 1 })
        .onConflictDoUpdate({
          target: [apiRequestWindows.accessKeyId, apiRequestWindows.windowStartMs],
          set: { requests: sql`${apiRequestWindows.requests} + 1` },
        })
        .returning({ requests: apiRequestWindows.requests }),
    );
    if (requests <= limit.requestsPerWindow) return { admitted: true };
    return { admitted: false, retryAfterMs: windowStart + limit.windowMs - now.getTime() };
  });
}
