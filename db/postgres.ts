// The PostgreSQL side of db/client.ts: a node-postgres pool, migrated under an advisory lock, with a
// drizzle instance over db/schema-pg.ts.
import path from "node:path";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema-pg";

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export const PG_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations-pg");

// Any fixed 64-bit key: every process that opens the database takes it before migrating, so two
// processes starting at once apply each migration once (drizzle's migrator alone races on it).
const MIGRATION_LOCK_KEY = 7_310_027_105_915_001n;

// count(*) and bigint columns arrive as int8. SQLite hands the app numbers; so does this, and a
// value beyond 2^53 fails loudly instead of losing digits.
pg.types.setTypeParser(pg.types.builtins.INT8, (text: string) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} does not fit a JavaScript number`);
  return value;
});

/**
 * Opens a pool on a postgres:// URL, applies pending migrations once across processes, and returns
 * drizzle over it. allowExitOnIdle: idle connections do not keep the process alive (tests).
 */
export async function openPgDb(url: string, { allowExitOnIdle = false } = {}): Promise<PgDb> {
  // UTC sessions: timestamptz text then always carries a "+00" offset that Date parses.
  const pool = new pg.Pool({ connectionString: url, options: "-c TimeZone=UTC", allowExitOnIdle });
  // An idle connection the server dropped (restart, failover) must not take the process down;
  // the pool replaces it and the next query reports any lasting failure.
  pool.on("error", (error) => console.error("PostgreSQL idle connection lost:", error.message));
  try {
    await migratePg(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return drizzle(pool, { schema });
}

async function migratePg(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // A session lock: released by the unlock below, or by the server if this process dies.
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: PG_MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
