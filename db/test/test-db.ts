import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Db, openDb } from "../client";
import { servedDialect } from "../dialect";
import { openPgDb, PG_MIGRATIONS_FOLDER, type PgDb } from "../postgres";
import { seedDemo, seedSqlite } from "../seed";

type TestDbOptions = { seed?: boolean; now?: Date };

/**
 * A fresh, migrated database of the dialect this process serves, with the demo set unless asked
 * otherwise: in memory on SQLite; on PostgreSQL (DATABASE_URL a postgres:// URL, as in the operation
 * tests' second pass) a new database on the TEST_POSTGRES_URL server, dropped when the process ends.
 * Typed as the SQLite handle either way, as getDatabase() is (db/client.ts).
 */
export async function createTestDb(options: TestDbOptions = {}): Promise<Db> {
  if (servedDialect() === "sqlite") return createSqliteTestDb(options);
  const { db, drop } = await createPgTestDb({ ...options, allowExitOnIdle: true });
  dropAtExit.push(drop);
  return db as unknown as Db;
}

/** A fresh, migrated in-memory SQLite database, whatever the process serves. */
export function createSqliteTestDb({ seed = true, now = new Date() }: TestDbOptions = {}): Db {
  const db = openDb(":memory:");
  if (seed) seedSqlite(db, now);
  return db;
}

/**
 * Two connections to one new database, as two server processes have: two handles on one SQLite file
 * in a temporary folder, or two pools on one PostgreSQL database. close() closes both and removes it.
 */
export async function createSharedTestDbs({ seed = true, now = new Date() }: TestDbOptions = {}): Promise<{
  dbs: [Db, Db];
  close: () => Promise<void>;
}> {
  if (servedDialect() === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hosted-connect-shared-"));
    const file = path.join(dir, "shared.db");
    const dbs: [Db, Db] = [openDb(file), openDb(file)];
    if (seed) seedSqlite(dbs[0], now);
    const close = async () => {
      for (const db of dbs) db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    return { dbs, close };
  }
  const url = await createPgTestDatabase({ template: await migratedTemplate() });
  const pools = [await openPgDb(url), await openPgDb(url)];
  if (seed) await seedDemo(pools[0] as PgDb, now);
  const close = async () => {
    for (const pool of pools) await pool.$client.end();
    await dropPgTestDatabase(url);
  };
  return { dbs: pools as unknown as [Db, Db], close };
}

// Test files keep their databases to the end; once nothing else is left to run, drop them all, so a
// run leaves neither databases nor open pools behind.
const dropAtExit: (() => Promise<void>)[] = [];
process.once("beforeExit", async () => {
  await Promise.all(dropAtExit.splice(0).map((drop) => drop()));
});

/**
 * The PostgreSQL server tests may create databases on: scripts/pg-cluster.sh exports it, and
 * scripts/test.sh (`npm test`) always starts that cluster.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** The reason PostgreSQL tests skip, shouted once per file so a skip is never silent; false when they run. */
export function postgresSkipReason(): string | false {
  if (TEST_POSTGRES_URL) return false;
  const reason =
    "TEST_POSTGRES_URL is not set: run under `npm test` or `scripts/pg-cluster.sh run -- <command>`";
  console.warn(`\n!!! SKIPPING PostgreSQL tests: ${reason}\n`);
  return reason;
}

export type PgTestDb = { db: PgDb; url: string; drop: () => Promise<void> };

/**
 * A new database on the TEST_POSTGRES_URL server, migrated (and seeded unless asked otherwise), so
 * tests running in parallel never share one. drop() closes the pool and removes the database.
 */
export async function createPgTestDb({
  seed = true,
  now = new Date(),
  allowExitOnIdle = false,
}: TestDbOptions & { allowExitOnIdle?: boolean } = {}) {
  const url = await createPgTestDatabase({ template: await migratedTemplate() });
  const db = await openPgDb(url, { allowExitOnIdle });
  if (seed) await seedDemo(db, now);
  const drop = async () => {
    // A test may have closed it already (to see what a lost database answers).
    if (!db.$client.ended) await db.$client.end();
    await dropPgTestDatabase(url);
  };
  return { db, url, drop } satisfies PgTestDb;
}

/** A new database on the TEST_POSTGRES_URL server, empty or a copy of `template`; returns its URL. */
export async function createPgTestDatabase({ template }: { template?: string } = {}): Promise<string> {
  const name = `hc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) =>
    admin.query(`create database ${name}${template ? ` template ${template}` : ""}`),
  );
  return databaseUrl(name);
}

// Copying a migrated database is about three times faster than migrating a new one.
const TEMPLATE_LOCK_KEY = 7_310_027_105_915_002n;
let template: Promise<string> | undefined;

/**
 * The name of a database migrated to the current migrations, made once per server and named by
 * their hash so a changed migration gets a new one. Built under another name and renamed, so a copy
 * never sees it half-migrated; the lock keeps parallel test files from building it twice.
 */
function migratedTemplate(): Promise<string> {
  template ??= withAdmin(async (admin) => {
    const hash = createHash("sha256");
    for (const file of fs.readdirSync(PG_MIGRATIONS_FOLDER, { recursive: true, encoding: "utf8" }).sort()) {
      const full = path.join(PG_MIGRATIONS_FOLDER, file);
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
    const name = `hc_template_${hash.digest("hex").slice(0, 16)}`;
    await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
      if (found.rowCount === 0) {
        await admin.query(`drop database if exists ${name}_building with (force)`);
        await admin.query(`create database ${name}_building`);
        const db = await openPgDb(databaseUrl(`${name}_building`));
        await db.$client.end();
        await admin.query(`alter database ${name}_building rename to ${name}`);
      }
    } finally {
      await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
    return name;
  });
  return template;
}

function databaseUrl(name: string): string {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPgTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^hc_test_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
