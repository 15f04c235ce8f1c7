import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { PgDatabase } from "drizzle-orm/pg-core";
import { databasePath } from "../lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type Dialect = "sqlite" | "postgresql";

/** Which database a drizzle instance (or transaction) talks to: the one place that tells. */
export function dialectOf(db: object): Dialect {
  return is(db, PgDatabase) ? "postgresql" : "sqlite";
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Opens (creating if needed) a SQLite file with the pragmas the console relies on, and migrates it. */
export function openDb(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an acknowledged write survives a killed process and a power cut alike.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

const globalForDb = globalThis as unknown as { hostedConnectDb?: Db };

/** The process-wide connection to DATABASE_URL; kept on globalThis so dev reloads do not reopen it. */
export function getDb(): Db {
  globalForDb.hostedConnectDb ??= openDb(databasePath());
  return globalForDb.hostedConnectDb;
}
