/** A better-sqlite3 UNIQUE failure on `table`: the index, not a prior read, is the last word on races. */
export function isUniqueViolation(error: unknown, table: string): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
    error.message.includes(`${table}.`)
  );
}
