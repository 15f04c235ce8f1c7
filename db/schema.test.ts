import assert from "node:assert/strict";
import { test } from "node:test";
import { is, Table } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { servedDialect } from "./dialect";
import * as served from "./schema";
import * as pgTables from "./schema-pg";
import * as sqliteTables from "./schema-sqlite";

const tableNames = (module: object) =>
  Object.entries(module)
    .filter(([, value]) => is(value, Table))
    .map(([name]) => name)
    .sort();

test("db/schema.ts hands out every table both dialects declare", () => {
  assert.ok(tableNames(sqliteTables).length >= 19);
  assert.deepEqual(tableNames(pgTables), tableNames(sqliteTables));
  assert.deepEqual(tableNames(served), tableNames(sqliteTables));
});

test("the tables handed out are the dialect's own", () => {
  for (const name of tableNames(sqliteTables)) {
    assert.ok(is(served.tablesOf("postgresql")[name as "regions"], PgTable), `${name} on PostgreSQL`);
    assert.ok(is(served.tablesOf("sqlite")[name as "regions"], SQLiteTable), `${name} on SQLite`);
  }
  const expected = servedDialect() === "postgresql" ? PgTable : SQLiteTable;
  assert.ok(is(served.circuits, expected), "this process serves DATABASE_URL's dialect");
});
