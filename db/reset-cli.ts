// `npm run db:reset`: throws away the DATABASE_URL file (on PostgreSQL: the console's tables and
// migration history, nothing else in the database) and recreates it with the demo set.
import fs from "node:fs";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { databaseDialect, databasePath, env, redactedDatabaseUrl } from "../lib/env";
import { closeDatabase, openDatabase } from "./client";
import * as pgSchema from "./schema-pg";
import { seedDemo } from "./seed";

if (databaseDialect() === "postgresql") {
  const tables = Object.values(pgSchema)
    .filter((value) => is(value, PgTable))
    .map((table) => `"${getTableName(table)}"`);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await client.query(`drop table if exists ${tables.join(", ")} cascade`);
  await client.query("drop schema if exists drizzle cascade");
  await client.end();
} else {
  const file = databasePath();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
const db = await openDatabase();
await seedDemo(db);
await closeDatabase(db);
console.log(`Reset ${redactedDatabaseUrl()} to the demo set.`);
