// The test clock's offset lives in the database so that every server process moves together; each process
// copies it into lib/server/clock.ts at every scheduler tick and whenever this module moves it.
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { clockOffsets } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { setClockOffsetMs } from "../clock";

const ROW = "clock";

/** Copies the stored offset into this process's clock. */
export async function loadClockOffset(db: Db): Promise<void> {
  const row = await withTransaction(db, "read", (tx) =>
    first(tx.select().from(clockOffsets).where(eq(clockOffsets.id, ROW))),
  );
  setClockOffsetMs(row?.offsetMs ?? 0);
}

/**
 * Moves the clock of every process forward by `advanceMs` (never back: scheduled jobs would wait for the
 * machine's time to catch up with their next turn). Returns the new offset.
 */
export async function advanceClock(db: Db, advanceMs: number): Promise<number> {
  if (!Number.isSafeInteger(advanceMs) || advanceMs < 0) throw new RangeError("advanceMs must be >= 0");
  const offsetMs = await withTransaction(db, "write", async (tx) => {
    const row = await first(tx.select().from(clockOffsets).where(eq(clockOffsets.id, ROW)));
    const next = (row?.offsetMs ?? 0) + advanceMs;
    await tx
      .insert(clockOffsets)
      .values({ id: ROW, offsetMs: next })
      .onConflictDoUpdate({ target: clockOffsets.id, set: { offsetMs: next } });
    return next;
  });
  setClockOffsetMs(offsetMs);
  return offsetMs;
}
