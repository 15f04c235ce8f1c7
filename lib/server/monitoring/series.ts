// Reading stored traffic for the monitoring API and the console: which instances a caller may read, and
// one instance's buckets in a time range at a resolution.
import { and, asc, eq, gte, inArray, lt, or } from "drizzle-orm";
import { circuits, hostedConnections, trafficSamples, vbrs } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import type { InstanceKind, StoredBucket } from "../../domain/traffic-metrics";
import type { Resolution } from "../../domain/traffic";

export type ReadableInstance = { instanceId: string; kind: InstanceKind; ownerUid: string };

/**
 * The shared ports or VBRs among `ids` (all of them when `ids` is undefined) that `accountUid` may read:
 * a tenant its own, a partner those on its circuits. Deleted ports stay readable for their history.
 */
export async function readableInstances(
  tx: Tx,
  accountUid: string,
  kind: InstanceKind,
  ids: readonly string[] | undefined,
): Promise<ReadableInstance[]> {
  if (kind === "port") {
    const rows = await tx
      .select({ instanceId: hostedConnections.id, ownerUid: hostedConnections.tenantUid })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(
        and(
          ids ? inArray(hostedConnections.id, [...ids]) : undefined,
          or(eq(hostedConnections.tenantUid, accountUid), eq(circuits.ownerUid, accountUid)),
        ),
      )
      .orderBy(asc(hostedConnections.id));
    return rows.map((r) => ({ ...r, kind }));
  }
  const rows = await tx
    .select({ instanceId: vbrs.id, ownerUid: vbrs.ownerUid })
    .from(vbrs)
    .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
    .where(
      and(
        ids ? inArray(vbrs.id, [...ids]) : undefined,
        or(eq(vbrs.ownerUid, accountUid), eq(circuits.ownerUid, accountUid)),
      ),
    )
    .orderBy(asc(vbrs.id));
  return rows.map((r) => ({ ...r, kind }));
}

export type TimedBucket = StoredBucket & { startMs: number };

/** The instance's stored buckets of `resolution` starting in [fromMs, toMs), oldest first. */
export async function storedBuckets(
  tx: Tx,
  instanceId: string,
  resolution: Resolution,
  fromMs: number,
  toMs: number,
): Promise<TimedBucket[]> {
  const rows = await tx
    .select()
    .from(trafficSamples)
    .where(
      and(
        eq(trafficSamples.instanceId, instanceId),
        eq(trafficSamples.resolutionSeconds, resolution),
        gte(trafficSamples.bucketStart, new Date(fromMs)),
        lt(trafficSamples.bucketStart, new Date(toMs)),
      ),
    )
    .orderBy(asc(trafficSamples.bucketStart));
  return rows.map(({ bucketStart, instanceId: _, resolutionSeconds: __, rollupPending: ___, ...bucket }) => ({
    ...bucket,
    startMs: bucketStart.getTime(),
  }));
}
