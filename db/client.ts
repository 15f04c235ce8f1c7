import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databaseDialect, databasePath, env } from "../lib/env";
import { dialectOf } from "./dialect";
import { openPgDb, type PgDb } from "./postgres";
import * as schema from "./schema-sqlite";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export { type Dialect, dialectOf } from "./dialect";
export type { PgDb };
/** The database of either dialect; dialectOf tells which. */
export type AnyDb = Db | PgDb;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Opens (creating if needed) a SQLite file with the pragmas the console relies on, and migrates it. */
export function openDb(file: string): Db {
  if (file !== ":memory:") makePrivate(file);
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

/**
 * The database holds password hashes and sealed secrets: a folder made for it is 0700, the file 0600.
 * SQLite gives its -wal and -shm files the database file's mode; files an older version left readable
 * to others are narrowed too. An existing folder is left alone (it may be shared, like /tmp).
 */
function makePrivate(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      const { mode } = fs.statSync(/*turbopackIgnore: true*/ name);
      if (mode & 0o077) fs.chmodSync(/*turbopackIgnore: true*/ name, mode & 0o700);
    } catch {
      // Not there yet.
    }
  }
  try {
    fs.closeSync(fs.openSync(/*turbopackIgnore: true*/ file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/** Opens and migrates DATABASE_URL (or `url`): a SQLite file, or a PostgreSQL pool. */
export async function openDatabase(url: string = env.DATABASE_URL): Promise<AnyDb> {
  return databaseDialect(url) === "postgresql" ? openPgDb(url) : openDb(databasePath(url));
}

/** One round trip to the database: health checks (a load balancer's) fail when it is unreachable. */
export async function pingDatabase(db: AnyDb): Promise<void> {
  if (dialectOf(db) === "postgresql") await (db as PgDb).$client.query("select 1");
  else (db as Db).$client.prepare("select 1").get();
}

export async function closeDatabase(db: AnyDb): Promise<void> {
  if (dialectOf(db) === "postgresql") await (db as PgDb).$client.end();
  else (db as Db).$client.close();
}

const globalForDb = globalThis as unknown as { hostedConnectDb?: Db; hostedConnectPg?: Promise<Db> };

/**
 * The process-wide connection to DATABASE_URL, opened and migrated once; kept on globalThis so dev
 * reloads do not reopen it. A PostgreSQL pool that failed to open is retried on the next call. Typed
 * as the SQLite handle whatever the dialect, as db/schema.ts types its tables: the app only passes it
 * to withTransaction, whose queries each connection builds in its own dialect.
 */
export function getDatabase(): Promise<Db> {
  if (databaseDialect() === "sqlite") {
    globalForDb.hostedConnectDb ??= openDb(databasePath());
    return Promise.resolve(globalForDb.hostedConnectDb);
  }
  globalForDb.hostedConnectPg ??= openPgDb(env.DATABASE_URL).then(
    (db) => db as unknown as Db,
    (error) => {
      globalForDb.hostedConnectPg = undefined;
      throw error;
    },
  );
  return globalForDb.hostedConnectPg;
}
