// Describes a drizzle schema module of either dialect in one neutral shape (tables, columns with their
// mapped types, defaults, keys, indexes), so db/schema-equivalence.test.ts can deepEqual the two.
import { is, SQL } from "drizzle-orm";
import {
  type IndexedColumn,
  PgBigInt53,
  PgBoolean,
  type PgColumn,
  PgDialect,
  PgDoublePrecision,
  PgInteger,
  PgJsonb,
  PgTable,
  PgText,
  PgTimestamp,
  getTableConfig as getPgTableConfig,
} from "drizzle-orm/pg-core";
import {
  SQLiteBoolean,
  type SQLiteColumn,
  SQLiteInteger,
  SQLiteReal,
  SQLiteSyncDialect,
  SQLiteTable,
  SQLiteText,
  SQLiteTextJson,
  SQLiteTimestamp,
  getTableConfig as getSqliteTableConfig,
} from "drizzle-orm/sqlite-core";

export type ColumnShape = {
  type: string;
  notNull: boolean;
  primary: boolean;
  unique: boolean;
  default: string | null;
  enumValues: string[] | null;
};

export type TableShape = {
  name: string;
  columns: Record<string, ColumnShape>;
  primaryKeys: string[];
  uniqueConstraints: string[];
  checks: string[];
  indexes: Record<string, { unique: boolean; on: string[]; where: string | null }>;
  foreignKeys: string[];
};

/**
 * SQL defaults that mean the same thing in both dialects, by their rendered text. Instants: the
 * SQLite side stores epoch milliseconds, the PostgreSQL side a timestamptz; both are "now".
 */
const SQL_DEFAULTS: Record<string, string> = {
  "(cast(unixepoch('subsec') * 1000 as integer))": "now",
  "now()": "now",
};

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

// Index expressions and where clauses name columns as "table"."column"; the table is implied.
function normalizeSql(text: string, table: string): string {
  return text.replaceAll(`"${table}".`, "").replace(/\s+/g, " ").trim();
}

function sqlDefault(rendered: string): string {
  return `sql:${SQL_DEFAULTS[rendered] ?? `unmapped ${rendered} (add it to SQL_DEFAULTS if equivalent)`}`;
}

function literalDefault(value: unknown): string {
  return `literal:${JSON.stringify(value)}`;
}

function sqliteType(column: SQLiteColumn): string {
  if (is(column, SQLiteTimestamp))
    return column.mode === "timestamp_ms" ? "instant" : `SQLiteTimestamp ${column.mode}`;
  if (is(column, SQLiteBoolean)) return "boolean";
  if (is(column, SQLiteInteger)) return "integer";
  if (is(column, SQLiteReal)) return "double";
  if (is(column, SQLiteTextJson)) return "json";
  if (is(column, SQLiteText)) return "text";
  return column.columnType;
}

function pgType(column: PgColumn): string {
  // Date in and out at millisecond precision, whatever the session's time zone.
  if (is(column, PgTimestamp)) {
    return column.withTimezone && column.precision === 3 ? "instant" : `PgTimestamp ${column.getSQLType()}`;
  }
  if (is(column, PgBoolean)) return "boolean";
  if (is(column, PgInteger) || is(column, PgBigInt53)) return "integer";
  if (is(column, PgDoublePrecision)) return "double";
  if (is(column, PgJsonb)) return "json";
  if (is(column, PgText)) return "text";
  return column.columnType;
}

function sqliteDefault(column: SQLiteColumn): string | null {
  if (is(column, SQLiteInteger) && column.autoIncrement) return "identity";
  if (column.defaultFn) return "runtime";
  if (column.default === undefined) return null;
  if (is(column.default, SQL)) return sqlDefault(sqliteDialect.sqlToQuery(column.default).sql);
  return literalDefault(column.default);
}

function pgDefault(column: PgColumn): string | null {
  if (column.generatedIdentity?.type === "byDefault") return "identity";
  if (column.generatedIdentity) return `identity ${column.generatedIdentity.type}`;
  if (column.defaultFn) return "runtime";
  if (column.default === undefined) return null;
  if (is(column.default, SQL)) return sqlDefault(pgDialect.sqlToQuery(column.default).sql);
  return literalDefault(column.default);
}

function sortedRecord<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

function describeSqliteTable(table: SQLiteTable): TableShape {
  const config = getSqliteTableConfig(table);
  const render = (value: SQL) => normalizeSql(sqliteDialect.sqlToQuery(value).sql, config.name);
  return {
    name: config.name,
    columns: sortedRecord(
      config.columns.map((c) => [
        c.name,
        {
          type: sqliteType(c),
          notNull: c.notNull,
          primary: c.primary,
          unique: c.isUnique,
          default: sqliteDefault(c),
          enumValues: c.enumValues ?? null,
        },
      ]),
    ),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name).join(",")).sort(),
    uniqueConstraints: config.uniqueConstraints.map((u) => u.columns.map((c) => c.name).join(",")).sort(),
    checks: config.checks.map((c) => `${c.name}: ${render(c.value)}`).sort(),
    indexes: sortedRecord(
      config.indexes.map((i) => [
        i.config.name,
        {
          unique: i.config.unique,
          on: i.config.columns.map((c) => (is(c, SQL) ? render(c) : `"${c.name}"`)),
          where: i.config.where ? render(i.config.where) : null,
        },
      ]),
    ),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        const target = getSqliteTableConfig(ref.foreignTable).name;
        return `${ref.columns.map((c) => c.name)} -> ${target}(${ref.foreignColumns.map((c) => c.name)}) on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
      })
      .sort(),
  };
}

function describePgTable(table: PgTable): TableShape {
  const config = getPgTableConfig(table);
  // PostgreSQL writes boolean literals where SQLite stores 1 and 0.
  const render = (value: SQL) =>
    normalizeSql(pgDialect.sqlToQuery(value).sql, config.name)
      .replace(/\btrue\b/g, "1")
      .replace(/\bfalse\b/g, "0");
  const indexed = (c: Partial<IndexedColumn | SQL>) =>
    is(c, SQL)
      ? render(c)
      : `"${(c as IndexedColumn).name}"${(c as IndexedColumn).indexConfig?.order === "desc" ? " desc" : ""}`;
  return {
    name: config.name,
    columns: sortedRecord(
      config.columns.map((c) => [
        c.name,
        {
          type: pgType(c),
          notNull: c.notNull,
          primary: c.primary,
          unique: c.isUnique,
          default: pgDefault(c),
          enumValues: c.enumValues ?? null,
        },
      ]),
    ),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name).join(",")).sort(),
    uniqueConstraints: config.uniqueConstraints.map((u) => u.columns.map((c) => c.name).join(",")).sort(),
    checks: config.checks.map((c) => `${c.name}: ${render(c.value)}`).sort(),
    indexes: sortedRecord(
      config.indexes.map((i) => [
        i.config.name ?? "(unnamed)",
        {
          unique: i.config.unique,
          on: i.config.columns.map(indexed),
          where: i.config.where ? render(i.config.where) : null,
        },
      ]),
    ),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        const target = getPgTableConfig(ref.foreignTable).name;
        return `${ref.columns.map((c) => c.name)} -> ${target}(${ref.foreignColumns.map((c) => c.name)}) on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
      })
      .sort(),
  };
}

/** Every table a SQLite schema module exports, by export name. */
export function describeSqliteSchema(module: Record<string, unknown>): Record<string, TableShape> {
  return sortedRecord(
    Object.entries(module)
      .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
      .map(([key, table]) => [key, describeSqliteTable(table)]),
  );
}

/** Every table a PostgreSQL schema module exports, by export name. */
export function describePgSchema(module: Record<string, unknown>): Record<string, TableShape> {
  return sortedRecord(
    Object.entries(module)
      .filter((entry): entry is [string, PgTable] => is(entry[1], PgTable))
      .map(([key, table]) => [key, describePgTable(table)]),
  );
}
