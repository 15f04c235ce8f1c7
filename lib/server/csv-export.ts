import "server-only";
import type { CsvValue } from "../csv/csv";
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

/**
 * Every page of a console list, one read each, until a short page: the CSV download of what the
 * list's filters show. Each page is its own consistent read, as paging through the list in the console is.
 */
export async function* everyPage<T>(
  readPage: (pageNumber: number) => Promise<T[]>,
  pageSize: number,
): AsyncGenerator<T[]> {
  for (let pageNumber = 1; ; pageNumber++) {
    const items = await readPage(pageNumber);
    if (items.length > 0) yield items;
    if (items.length < pageSize) return;
  }
}

/** Maps each batch of a source to CSV rows. */
export async function* csvRows<T>(
  batches: AsyncIterable<T[]>,
  row: (item: T) => CsvValue[],
): AsyncGenerator<CsvValue[][]> {
  for await (const batch of batches) yield batch.map(row);
}
