// Background work on the stored traffic (run by lib/server/scheduler): fold new raw minutes into the
// 5-minute and hourly rollups, and prune each resolution past its retention. Each works in small
// transactions so console and API requests wait at most one batch; a second run is harmless.
import { and, eq, gte, lt, min } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { trafficSamples } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import {
  addCounts,
  bucketStart,
  combinedLinkUp,
  RESOLUTIONS,
  type Resolution,
  retentionCutoff,
  type TrafficCounts,
  zeroCounts,
} from "../../domain/traffic";

const INSTANCES_PER_BATCH = 100;
const HOUR_MS = 3_600_000;

/**
 * Recomputes the rollups of every hour in which a raw minute changed since the last run: its 5-minute
 * buckets from the raw minutes, the hour from its 5-minute buckets. Recomputing (not adding) makes a
 * rerun, or a late sample, give the same sums.
 */
export async function rollUpTraffic(db: Db, _now: Date): Promise<void> {
  for (;;) {
    const more = await withTransaction(db, "write", async (tx) => {
      const pending = await tx
        .selectDistinct({ instanceId: trafficSamples.instanceId })
        .from(trafficSamples)
        .where(eq(trafficSamples.rollupPending, true))
        .limit(INSTANCES_PER_BATCH);
      for (const { instanceId } of pending) await rollUpInstance(tx, instanceId);
      return pending.length === INSTANCES_PER_BATCH;
    });
    if (!more) return;
  }
}

async function rollUpInstance(tx: Tx, instanceId: string): Promise<void> {
  // Claimed before reading: a push that lands after this marks its minute pending again for the next run.
  const claimed = await tx
    .update(trafficSamples)
    .set({ rollupPending: false })
    .where(and(eq(trafficSamples.instanceId, instanceId), eq(trafficSamples.rollupPending, true)))
    .returning({ bucketStart: trafficSamples.bucketStart });
  const hours = new Set(claimed.map((row) => bucketStart(row.bucketStart.getTime(), 3600)));
  for (const hour of hours) {
    await recompute(tx, instanceId, 60, 300, hour);
    await recompute(tx, instanceId, 300, 3600, hour);
  }
}

/** Writes the `to` buckets of one hour from its `from` rows. */
async function recompute(tx: Tx, instanceId: string, from: Resolution, to: Resolution, hour: number) {
  const rows = await tx
    .select()
    .from(trafficSamples)
    .where(
      and(
        eq(trafficSamples.instanceId, instanceId),
        eq(trafficSamples.resolutionSeconds, from),
        gte(trafficSamples.bucketStart, new Date(hour)),
        lt(trafficSamples.bucketStart, new Date(hour + HOUR_MS)),
      ),
    );
  const groups = new Map<number, { counts: TrafficCounts; links: Array<boolean | null> }>();
  for (const row of rows) {
    const start = bucketStart(row.bucketStart.getTime(), to);
    const group = groups.get(start) ?? { counts: zeroCounts(), links: [] };
    groups.set(start, group);
    addCounts(group.counts, row);
    group.links.push(row.linkUp);
  }
  for (const [start, group] of groups) {
    const values = { ...group.counts, linkUp: combinedLinkUp(group.links) };
    await tx
      .insert(trafficSamples)
      .values({ instanceId, resolutionSeconds: to, bucketStart: new Date(start), ...values })
      .onConflictDoUpdate({
        target: [trafficSamples.instanceId, trafficSamples.resolutionSeconds, trafficSamples.bucketStart],
        set: values,
      });
  }
}

/** Deletes at most an hour of buckets per transaction, oldest first, until each resolution is within its retention. */
export async function pruneTraffic(db: Db, now: Date): Promise<void> {
  for (const resolution of RESOLUTIONS) {
    const cutoff = retentionCutoff(resolution, now).getTime();
    // A raw minute not yet rolled up waits for the rollup, which runs first.
    const expired = (before: number) =>
      and(
        eq(trafficSamples.resolutionSeconds, resolution),
        lt(trafficSamples.bucketStart, new Date(before)),
        eq(trafficSamples.rollupPending, false),
      );
    for (;;) {
      const deleted = await withTransaction(db, "write", async (tx) => {
        const [oldest] = await tx
          .select({ at: min(trafficSamples.bucketStart) })
          .from(trafficSamples)
          .where(expired(cutoff));
        if (!oldest?.at) return false;
        await tx
          .delete(trafficSamples)
          .where(expired(Math.min(cutoff, new Date(oldest.at).getTime() + HOUR_MS)));
        return true;
      });
      if (!deleted) break;
    }
  }
}
