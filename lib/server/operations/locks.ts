// Row locks that keep an invariant when several processes write one PostgreSQL database.
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { dialectOf } from "../../../db/client";
import { accounts, circuits } from "../../../db/schema";
import type { Tx } from "./context";

/**
 * Takes the circuit's row lock until the transaction ends, so writers that check its capacity or
 * allocate its VLANs run one after another and each sees what the previous one committed. Call it
 * before reading the rows such a check counts. On SQLite there is nothing to take: a write transaction
 * (BEGIN IMMEDIATE) already holds the whole database's one write lock.
 */
export async function lockCircuit(tx: Tx, circuitId: string): Promise<void> {
  if (dialectOf(tx) !== "postgresql") return;
  const pg = tx as unknown as PgDatabase<PgQueryResultHKT>;
  await pg.execute(
    sql`select ${circuits.id} from ${circuits} where ${circuits.id} = ${circuitId} for update`,
  );
}

/** Takes the account's row lock: counts kept per account (its dry runs) stay exact across processes. */
export async function lockAccount(tx: Tx, accountUid: string): Promise<void> {
  if (dialectOf(tx) !== "postgresql") return;
  const pg = tx as unknown as PgDatabase<PgQueryResultHKT>;
  await pg.execute(
    sql`select ${accounts.uid} from ${accounts} where ${accounts.uid} = ${accountUid} for update`,
  );
}

/**
 * Takes a lock on a name that has no row of its own (a log-on address, an account's log-on key) until
 * the transaction ends: PostgreSQL's transaction-scoped advisory lock on the name's 64-bit hash.
 * Callers that take several take them in one fixed order, so two of them never wait on each other.
 */
export async function lockName(tx: Tx, name: string): Promise<void> {
  if (dialectOf(tx) !== "postgresql") return;
  const pg = tx as unknown as PgDatabase<PgQueryResultHKT>;
  await pg.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}
