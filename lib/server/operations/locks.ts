// Row locks that keep an invariant when several processes write one PostgreSQL database.
import { eq, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { dialectOf } from "../../../db/client";
import { first } from "../../../db/rows";
import { accounts, circuits, hostedConnections, orders, vbrs } from "../../../db/schema";
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

/**
 * Takes the lock of the circuit a shared port, VBR or order sits on, before the loader reads it: every
 * write that changes a port's or VBR's state then reads it after the previous writer committed, so two
 * concurrent transitions (pay and delete) cannot both start from the same old state.
 */
export async function lockCircuitOf(tx: Tx, kind: "port" | "vbr" | "order", id: string): Promise<void> {
  if (dialectOf(tx) !== "postgresql") return;
  const portId =
    kind === "order"
      ? (await first(tx.select({ id: orders.hostedConnectionId }).from(orders).where(eq(orders.id, id))))?.id
      : id;
  const circuit =
    kind === "vbr"
      ? await first(tx.select({ id: vbrs.circuitId }).from(vbrs).where(eq(vbrs.id, id)))
      : portId
        ? await first(
            tx
              .select({ id: hostedConnections.circuitId })
              .from(hostedConnections)
              .where(eq(hostedConnections.id, portId)),
          )
        : undefined;
  if (circuit) await lockCircuit(tx, circuit.id);
}
