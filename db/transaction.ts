// One way to run database work for both dialects: withTransaction(db, "write" | "read", async (tx) => ...).
// This is the SQLite adapter: the only file outside db/client.ts that touches the better-sqlite3 handle.
import { AsyncLocalStorage } from "node:async_hooks";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { type Db, dialectOf } from "./client";

/** What a transaction body queries through. On SQLite it is the connection's drizzle instance itself. */
export type Tx = Db;

/**
 * "write" takes SQLite's write lock up front (BEGIN IMMEDIATE), so a body's checks and writes see one
 * consistent database even when several processes share the file; "read" begins deferred.
 */
export type TxMode = "write" | "read";

/**
 * Runs `body` in one transaction: committed when it resolves, rolled back when it throws.
 *
 * SQLite: better-sqlite3 is one synchronous connection shared by every request of the process, and its
 * own transaction() cannot span an await. So the transaction is explicit (BEGIN, await body, COMMIT), and
 * an in-process lock per connection serialises all database work of the process: without it any other
 * request that runs while the body awaits would query inside this open transaction, see its uncommitted
 * rows and be rolled back with it. Every database access outside this function must therefore stay
 * synchronous end to end (migrating on open, seeding a new file) or go through it. Other processes on
 * the same file wait on SQLite's own lock (BEGIN IMMEDIATE with busy_timeout).
 *
 * PostgreSQL: each transaction has a pooled connection of its own, so no process lock; invariants are
 * held by the database (unique indexes, and row locks such as lockCircuit takes).
 */
export async function withTransaction<T>(db: Db, mode: TxMode, body: (tx: Tx) => Promise<T>): Promise<T> {
  if (dialectOf(db) === "postgresql") {
    const pg = db as unknown as PgDatabase<PgQueryResultHKT>;
    return pg.transaction((tx) => body(tx as unknown as Tx));
  }
  const client = db.$client;
  if (holding.getStore()?.has(client)) {
    // The lock is not reentrant: waiting here would wait for ourselves forever.
    throw new Error("withTransaction called inside a transaction on the same connection: pass tx down");
  }
  return lockOf(client).run(() =>
    holding.run(new Set([...(holding.getStore() ?? []), client]), async () => {
      // A transaction the connection's owner opened directly (the tests that roll every case back)
      // gets a savepoint: SQLite refuses a BEGIN inside a BEGIN.
      const nested = client.inTransaction;
      client.exec(nested ? "SAVEPOINT with_transaction" : mode === "write" ? "BEGIN IMMEDIATE" : "BEGIN");
      try {
        const result = await body(db);
        client.exec(nested ? "RELEASE with_transaction" : "COMMIT");
        return result;
      } catch (error) {
        if (client.inTransaction) {
          client.exec(nested ? "ROLLBACK TO with_transaction; RELEASE with_transaction" : "ROLLBACK");
        }
        throw error;
      }
    }),
  );
}

/** A first-come, first-served async lock: run() starts fn once every earlier fn has settled. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

// Kept on the connection and on globalThis, not in module variables: Next may load this module once per
// route bundle, and every copy must share one lock per connection.
const LOCK = Symbol.for("hosted-connect.transaction-lock");
const HOLDING = Symbol.for("hosted-connect.transaction-holding");

function lockOf(client: object): Lock {
  const owner = client as { [LOCK]?: Lock };
  owner[LOCK] ??= new Lock();
  return owner[LOCK];
}

/** The connections whose lock the current async call chain holds. */
const store = globalThis as typeof globalThis & { [HOLDING]?: AsyncLocalStorage<ReadonlySet<object>> };
store[HOLDING] ??= new AsyncLocalStorage();
const holding = store[HOLDING];
