// Bulk provisioning's upload: a CSV of shared ports to offer, one a row. Client-safe, so the upload
// dialog checks the file's shape with exactly what the operation parses. Each row's values are then
// parsed by Create Shared Port's own input schema, inside the operation.
import { z } from "zod";
import { regionIdSchema } from "./ids";

/** What one upload may hold: a partner's largest circuit quota is 500 ports. */
export const BULK_MAX_ROWS = 500;
export const BULK_MAX_BYTES = 256 * 1024;

/** The columns, in the header's words; the order in the file is free, unknown columns are refused. */
export const BULK_COLUMNS = [
  "accountId",
  "circuit",
  "vlan",
  "spec",
  "payer",
  "name",
  "description",
  "tags",
] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];
export type BulkRow = Partial<Record<BulkColumn, string>>;

/** RFC 4180 fields: commas, double quotes doubled inside quoted fields, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.trim() !== ""));
}

/** The upload, as rows keyed by column: InvalidParameter naming the problem when the file is not one. */
export const bulkCsvSchema = z
  .string()
  .max(BULK_MAX_BYTES, { error: "InvalidParameter" })
  .transform((text, ctx): BulkRow[] => {
    const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ""));
    const columns = (header ?? []).map((h) => h.trim());
    const unknown = columns.find((c) => !(BULK_COLUMNS as readonly string[]).includes(c));
    if (!header || unknown !== undefined || !columns.includes("accountId") || !columns.includes("circuit")) {
      ctx.addIssue({ code: "custom", message: "InvalidParameter", path: ["header"] });
      return z.NEVER;
    }
    if (records.length === 0 || records.length > BULK_MAX_ROWS) {
      ctx.addIssue({ code: "custom", message: "InvalidParameter", path: ["rows"] });
      return z.NEVER;
    }
    return records.map((record) =>
      Object.fromEntries(columns.map((column, i) => [column, (record[i] ?? "").trim()])),
    );
  });

/** BulkCreateVirtualPhysicalConnections: the partner's CSV, tried (dryRun) or applied in one go. */
export const bulkCreateInput = z.object({
  regionId: regionIdSchema,
  csv: bulkCsvSchema,
  dryRun: z.boolean().default(true),
});

/** "tenant"/"partner" as a person writes them, or the API's OrderMode values. */
export function orderModeOf(payer: string | undefined): string | undefined {
  const value = payer?.trim();
  if (!value) return undefined;
  if (/^tenant$/i.test(value)) return "PayByVirtualPhysicalConnectionOwner";
  if (/^partner$/i.test(value)) return "PayByPhysicalConnectionOwner";
  return value;
}

/** "key=value;key2=value2" into the API's tags. */
export function tagsOf(tags: string | undefined): Array<{ key: string; value: string }> | undefined {
  if (!tags?.trim()) return undefined;
  return tags.split(";").map((pair) => {
    const [key = "", ...value] = pair.split("=");
    return { key: key.trim(), value: value.join("=").trim() };
  });
}
