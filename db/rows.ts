// Reading query results the same way on both dialects.

/** The first row of a query's result, or undefined: what better-sqlite3's .get() gave, for any driver. */
export async function first<T>(rows: PromiseLike<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

/** The one row an INSERT/UPDATE ... RETURNING must give; its absence is a bug, not a refusal. */
export async function only<T>(rows: PromiseLike<T[]>): Promise<T> {
  const row = (await rows)[0];
  if (row === undefined) throw new Error("expected a row from RETURNING, got none");
  return row;
}

/** Rows a write touched: better-sqlite3 reports `changes`, node-postgres `rowCount`. */
export function affectedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}
