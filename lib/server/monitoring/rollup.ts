// Background work on the stored traffic (run by lib/server/scheduler): fold new raw minutes into the
// 5-minute and hourly rollups, and prune each resolution past its retention. Each works in small
// transactions so console and API requests wait at most one batch; a second run is harmless.
import { and, eq, gte, inArray, lt, min, sql } from "drizzle-orm";
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
  TRAFFIC_FIELDS,
  type TrafficCounts,
  zeroCounts,
} from "../../domain/traffic";

const INSTANCES_PER_BATCH = 100;
const HOUR_MS = 3_600_000;

/**
 * Recomputes the rollups of every hour in which a raw minute changed since the last run: its 5-minute
 * buckets and the hour itself, from the hour's raw minutes (all still kept: pushes older than 6 days are
 * refused, raw minutes go after 7). Recomputing, not adding, makes a rerun or a late push give the same
 * sums. Set-based per batch of instances: a handful of statements, whatever the batch holds.
 */
export async function rollUpTraffic(db: Db, _now: Date): Promise<void> {
  for (;;) {
    const more = await withTransaction(db, "write", async (tx) => {
      const pending = await tx
        .selectDistinct({ instanceId: trafficSamples.instanceId })
        .from(trafficSamples)
        .where(eq(trafficSamples.rollupPending, true))
        .limit(INSTANCES_PER_BATCH);
      if (pending.length > 0)
        await rollUpBatch(
          tx,
          pending.map((p) => p.instanceId),
        );
      return pending.length === INSTANCES_PER_BATCH;
    });
    if (!more) return;
  }
}

async function rollUpBatch(tx: Tx, instanceIds: string[]): Promise<void> {
  // Claimed before reading: a push that lands after this marks its minute pending again for the next run.
  const claimed = await tx
    .update(trafficSamples)
    .set({ rollupPending: false })
    .where(and(inArray(trafficSamples.instanceId, instanceIds), eq(trafficSamples.rollupPending, true)))
    .returning({ instanceId: trafficSamples.instanceId, bucketStart: trafficSamples.bucketStart });
  const instancesByHour = new Map<number, Set<string>>();
  for (const row of claimed) {
    const hour = bucketStart(row.bucketStart.getTime(), 3600);
    const instances = instancesByHour.get(hour) ?? new Set<string>();
    instancesByHour.set(hour, instances);
    instances.add(row.instanceId);
  }
  for (const [hour, instances] of instancesByHour) {
    const minutes = await tx
      .select()
      .from(trafficSamples)
      .where(
        and(
          inArray(trafficSamples.instanceId, [...instances]),
          eq(trafficSamples.resolutionSeconds, 60),
          gte(trafficSamples.bucketStart, new Date(hour)),
          lt(trafficSamples.bucketStart, new Date(hour + HOUR_MS)),
        ),
      );
    const rollups = new Map<string, Rollup>();
    for (const minute of minutes) {
      for (const resolution of [300, 3600] as const) {
        const start = bucketStart(minute.bucketStart.getTime(), resolution);
        const key = `${minute.instanceId}\n${resolution}\n${start}`;
        const rollup = rollups.get(key) ?? {
          instanceId: minute.instanceId,
          resolutionSeconds: resolution,
          bucketStart: new Date(start),
          counts: zeroCounts(),
          links: [],
        };
        rollups.set(key, rollup);
        addCounts(rollup.counts, minute);
        rollup.links.push(minute.linkUp);
      }
    }
    const rows = [...rollups.values()].map(({ counts, links, ...bucket }) => ({
      ...bucket,
      ...counts,
      linkUp: combinedLinkUp(links),
    }));
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
      await tx
        .insert(trafficSamples)
        .values(rows.slice(i, i + UPSERT_CHUNK))
        .onConflictDoUpdate({
          target: [trafficSamples.instanceId, trafficSamples.resolutionSeconds, trafficSamples.bucketStart],
          set: REPLACE_WITH_EXCLUDED,
        });
    }
  }
}

type Rollup = {
  instanceId: string;
  resolutionSeconds: Resolution;
  bucketStart: Date;
  counts: TrafficCounts;
  links: Array<boolean | null>;
};

const UPSERT_CHUNK = 500;

const REPLACE_WITH_EXCLUDED = Object.fromEntries(
  [...TRAFFIC_FIELDS, "linkUp" as const].map((field) => [
    field,
    sql`excluded.${sql.identifier(trafficSamples[field].name)}`,
  ]),
);

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
