import { openDb } from "../db/client";
import { now } from "../lib/server/clock";
import { newRequestId } from "../lib/server/ids";
import { loadClockOffset } from "../lib/server/scheduler/clock-sync";
import { type Operation, runOperation } from "../lib/server/operations/operation";

/**
 * Runs an operation as an account directly on the run's database, for steps of another role that a
 * test needs but does not exercise through the browser. Same function the console calls.
 */
export async function runAs<I, O>(accountUid: string, op: Operation<I, O>, input: unknown): Promise<O> {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const db = openDb(file);
  try {
    // The server's time, moved by earlier time specs: a port paid on the machine's time would expire early.
    await loadClockOffset(db);
    return await runOperation(
      op,
      { db, caller: { accountUid, via: "console" }, requestId: newRequestId(), now: now() },
      input,
    );
  } finally {
    db.$client.close();
  }
}

/** The live shared port that Transform to Shared Port made from the named VBR. */
export function portTransformedFrom(vbrName: string): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const db = openDb(file);
  try {
    const row = db.$client
      .prepare(
        `select h.id from hosted_connections h join vbrs v on v.id = h.source_vbr_id
         where v.name = ? and h.vpconn_status <> 'Deleted'`,
      )
      .get(vbrName) as { id: string } | undefined;
    if (!row) throw new Error(`No shared port was transformed from ${vbrName}`);
    return row.id;
  } finally {
    db.$client.close();
  }
}
