import "server-only";
import { ERROR_CATALOG, isDomainError } from "../domain/errors";
import { type ConsoleContext, consoleContext } from "./console-context";

/**
 * A console CSV download: 401 without a session; a refusal (a bad filter) answers `{ code }` with its
 * HTTP status before any CSV is sent.
 */
export async function exportRoute(answer: (ctx: ConsoleContext) => Promise<Response>): Promise<Response> {
  const ctx = await consoleContext();
  const noStore = { "Cache-Control": "no-store" };
  if (!ctx) return Response.json({ code: "Unauthenticated" }, { status: 401, headers: noStore });
  try {
    return await answer(ctx);
  } catch (error) {
    if (isDomainError(error)) {
      return Response.json(
        { code: error.code },
        { status: ERROR_CATALOG[error.key].httpStatus, headers: noStore },
      );
    }
    throw error;
  }
}
