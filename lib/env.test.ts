import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { databaseDialect, databasePath, localDataDir, redactedDatabaseUrl } from "./env";

test("DATABASE_URL picks the dialect: file: is SQLite, postgres:// and postgresql:// are PostgreSQL", () => {
  assert.equal(databaseDialect("file:./data/hosted-connect.db"), "sqlite");
  assert.equal(databaseDialect("postgres://hc@127.0.0.1:5432/hc"), "postgresql");
  assert.equal(databaseDialect("postgresql://hc@db.internal/hc"), "postgresql");
});

test("a PostgreSQL URL has no SQLite file, and its generated secrets live in ./data", () => {
  assert.throws(() => databasePath("postgres://hc@127.0.0.1/hc"), /PostgreSQL server/);
  assert.equal(localDataDir("postgres://hc@127.0.0.1/hc"), path.resolve("data"));
  assert.equal(localDataDir("file:/var/lib/hc/console.db"), "/var/lib/hc");
});

test("the URL printed at start hides the password", () => {
  assert.equal(redactedDatabaseUrl("postgres://hc:s3cret@db:5432/hc"), "postgres://hc:***@db:5432/hc");
  assert.equal(redactedDatabaseUrl("postgres://hc@db:5432/hc"), "postgres://hc@db:5432/hc");
  assert.equal(redactedDatabaseUrl("file:/tmp/x.db"), "/tmp/x.db");
});
