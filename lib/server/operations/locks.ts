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
