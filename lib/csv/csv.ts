// CSV for the console's downloads (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Chinese).

export type CsvValue = string | number | boolean | null | undefined;

/** A spreadsheet runs a cell starting with one of these as a formula: the data must never be code. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Text that a spreadsheet would read as a formula gets a leading apostrophe, which shows it
 * as text; any cell holding a comma, quote or line break is quoted, its quotes doubled. Numbers are
 * written as they are: they are ours, never a user's text.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export const CSV_BOM = "\uFEFF";

/**
 * A streamed CSV download: the header row first, then each batch as the source yields it, so a long
 * export is never held in memory whole. `filename` is ASCII: it goes into a header as it is.
 */
export function csvResponse(
  filename: string,
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly CsvValue[])[]>,
): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
