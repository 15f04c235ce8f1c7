import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDatabase } from "../../db/client";
import { ERROR_CATALOG, isDomainError } from "../domain/errors";
import { getConsoleCaller } from "./auth/session";
import { now } from "./clock";
import { newRequestId } from "./ids";
import type { OperationContext } from "./operations/context";

/** What every console query, route handler, page and server action runs with. */
export type ConsoleContext = OperationContext;

/**
 * The signed-in console user's context, or null: the caller, the database, one request ID and one
 * instant, shared by everything one request reads (cached per request), so a page is one consistent read.
 */
export const consoleContext = cache(async (): Promise<ConsoleContext | null> => {
  const caller = await getConsoleCaller();
  if (!caller) return null;
  return { db: await getDatabase(), caller, requestId: newRequestId(), now: now() };
});

/** For pages: the context, or a redirect to /login that comes back to `callbackUrl` afterwards. */
export async function pageContext(callbackUrl: string): Promise<ConsoleContext> {
  const ctx = await consoleContext();
  if (!ctx) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return ctx;
}

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * A console route handler's answer: 401 without a session, the JSON of `answer` otherwise. A refusal
 * answers `{ code }` with the HTTP status the error catalog declares; anything else is a bug (500).
 */
export async function consoleRoute(answer: (ctx: ConsoleContext) => unknown): Promise<Response> {
  const ctx = await consoleContext();
  if (!ctx) return Response.json({ code: "Unauthenticated" }, { status: 401, headers: NO_STORE });
  try {
    return Response.json(await answer(ctx), { headers: NO_STORE });
  } catch (error) {
    if (isDomainError(error)) {
      return Response.json(
        { code: error.code },
        { status: ERROR_CATALOG[error.key].httpStatus, headers: NO_STORE },
      );
    }
    throw error;
  }
}
