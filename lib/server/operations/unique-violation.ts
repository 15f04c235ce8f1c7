/**
 * A UNIQUE failure on `table`: the index, not a prior read, is the last word on races. better-sqlite3
 * throws its error as is; drizzle wraps node-postgres's (SQLSTATE 23505, which names the table) in `cause`.
 */
export function isUniqueViolation(error: unknown, table: string): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const e = (cause instanceof Error ? cause : error) as {
    code?: unknown;
    message?: unknown;
    table?: unknown;
  };
  if (e?.code === "SQLITE_CONSTRAINT_UNIQUE") return String(e.message).includes(`${table}.`);
  return e?.code === "23505" && e.table === table;
}
