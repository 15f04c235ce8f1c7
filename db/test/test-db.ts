import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Db, openDb } from "../client";
import { openPgDb, type PgDb } from "../postgres";
import { seedDemo } from "../seed";

/** A fresh, migrated in-memory database; with the demo set unless asked otherwise. */
export function createTestDb({ seed = true, now = new Date() }: { seed?: boolean; now?: Date } = {}): Db {
  const db = openDb(":memory:");
  if (seed) seedDemo(db, now);
  return db;
}

/**
 * The PostgreSQL server tests may create databases on: scripts/pg-cluster.sh exports it, and
 * scripts/test.sh (`npm test`) always starts that cluster.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** The reason PostgreSQL tests skip, shouted once per file so a skip is never silent; false when they run. */
export function postgresSkipReason(): string | false {
  if (TEST_POSTGRES_URL) return false;
  const reason = "TEST_POSTGRES_URL is not set: run under `npm test` or `scripts/pg-cluster.sh run -- <command>`";
  console.warn(`\n!!! SKIPPING PostgreSQL tests: ${reason}\n`);
  return reason;
}

export type PgTestDb = { db: PgDb; url: string; drop: () => Promise<void> };

/**
 * A new database on the TEST_POSTGRES_URL server, migrated (and seeded unless asked otherwise), so
 * test files running in parallel never share one. drop() closes the pool and removes the database.
 */
export async function createPgTestDb({ seed = true, now = new Date() }: { seed?: boolean; now?: Date } = {}) {
  const url = await createPgTestDatabase();
  const db = await openPgDb(url);
  if (seed) await seedDemo(db, now);
  const drop = async () => {
    await db.$client.end();
    await dropPgTestDatabase(url);
  };
  return { db, url, drop } satisfies PgTestDb;
}

/** An empty database on the TEST_POSTGRES_URL server; returns its URL. */
export async function createPgTestDatabase(): Promise<string> {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `hc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
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
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
