// Raw SQL in tests, the same on both dialects: written with SQLite's "?" placeholders and SQL both
// accept (true/false, not 1/0), answered as SQLite answers (booleans 0/1, instants as epoch
// milliseconds), so a test's expectations hold on either. Pass instants as Date.
import type { Db } from "../client";
import { dialectOf } from "../dialect";
import type { PgDb } from "../postgres";

type Params = unknown[];

function sqliteParams(params: Params): Params {
  return params.map((p) => (p instanceof Date ? p.getTime() : typeof p === "boolean" ? Number(p) : p));
}

function asSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

async function onPg(db: Db, text: string, params: Params) {
  let n = 0;
  const numbered = text.replace(/\?/g, () => `$${++n}`);
  const result = await (db as unknown as PgDb).$client.query(numbered, params);
  const rows = (result.rows as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, asSqliteValue(value)])),
  );
  return { rows, changes: result.rowCount ?? 0 };
}

/** Every row a query returns. */
export async function sqlAll<T>(db: Db, text: string, ...params: Params): Promise<T[]> {
  if (dialectOf(db) === "postgresql") return (await onPg(db, text, params)).rows as T[];
  return db.$client.prepare(text).all(...sqliteParams(params)) as T[];
}

/** The first row a query returns, or undefined. */
export async function sqlGet<T>(db: Db, text: string, ...params: Params): Promise<T | undefined> {
  return (await sqlAll<T>(db, text, ...params))[0];
}

/** Runs a write; resolves to the number of rows it changed. */
export async function sqlRun(db: Db, text: string, ...params: Params): Promise<number> {
  if (dialectOf(db) === "postgresql") return (await onPg(db, text, params)).changes;
  return db.$client.prepare(text).run(...sqliteParams(params)).changes;
}
