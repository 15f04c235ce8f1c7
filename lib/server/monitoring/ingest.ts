// Stores what a partner's collector pushed: counter readings become per-minute counts of the shared
// ports and VBRs on the partner's own circuits. A push is taken whole or refused whole: one bad sample
// refuses it with a message naming the series, and nothing of it is stored.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { circuits, hostedConnections, trafficCounters, trafficSamples, vbrs } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import {
  bucketStart,
  counterDelta,
  INSTANCE_LABEL,
  isValidIfOperStatus,
  LINK_STATE_METRIC,
  linkUpFrom,
  MAX_FUTURE_SKEW_MS,
  PROMETHEUS_COUNTERS,
  oldestAcceptedSample,
  spreadOverMinutes,
  TRAFFIC_FIELDS,
  type TrafficCounts,
  zeroCounts,
} from "../../domain/traffic";
import type { RemoteWriteSeries } from "./remote-write-proto";

/** A push refused: `status` is the HTTP status, `message` tells the collector's operator what to fix. */
export class IngestRefusal extends Error {
  constructor(
    readonly status: 400 | 403,
    message: string,
  ) {
    super(message);
  }
}

export type IngestResult = { samples: number; ignoredSeries: number };

/** At most this many samples in one push; Prometheus sends 2,000 at most by default. */
export const MAX_SAMPLES_PER_PUSH = 50_000;

type Reading = { metric: string; instanceId: string; atMs: number; value: number };

export async function ingestSeries(
  db: Db,
  partnerUid: string,
  series: readonly RemoteWriteSeries[],
  now: Date,
): Promise<IngestResult> {
  const { readings, ignoredSeries } = readingsOf(series, now);
  if (readings.length === 0) return { samples: 0, ignoredSeries };
  return withTransaction(db, "write", async (tx) => {
    await checkInstancesOwned(tx, partnerUid, [...new Set(readings.map((r) => r.instanceId))]);
    await store(tx, readings);
    return { samples: readings.length, ignoredSeries };
  });
}

/** The samples of known metrics, checked; series of other metrics (Prometheus's own `up`, ...) are ignored. */
function readingsOf(series: readonly RemoteWriteSeries[], now: Date) {
  const readings: Reading[] = [];
  let ignoredSeries = 0;
  const oldest = oldestAcceptedSample(now).getTime();
  const newest = now.getTime() + MAX_FUTURE_SKEW_MS;
  for (const s of series) {
    const metric = s.labels.__name__ ?? "";
    const isCounter = Object.hasOwn(PROMETHEUS_COUNTERS, metric);
    if (!isCounter && metric !== LINK_STATE_METRIC) {
      ignoredSeries += 1;
      continue;
    }
    const instanceId = s.labels[INSTANCE_LABEL];
    if (!instanceId) {
      throw new IngestRefusal(
        400,
        `series ${describe(s)} has no ${INSTANCE_LABEL} label naming a shared port or VBR`,
      );
    }
    for (const sample of s.samples) {
      if (sample.stale) continue;
      if (
        !Number.isSafeInteger(sample.timestampMs) ||
        sample.timestampMs < oldest ||
        sample.timestampMs > newest
      ) {
        throw new IngestRefusal(
          400,
          `series ${describe(s)} has a sample dated ${sample.timestampMs}, outside the accepted window (the last 6 days, up to 5 minutes ahead of the server's clock)`,
        );
      }
      const valid = isCounter
        ? Number.isFinite(sample.value) && sample.value >= 0
        : isValidIfOperStatus(sample.value);
      if (!valid) {
        const expected = isCounter ? "a counter: finite and not negative" : "an ifOperStatus from 1 to 7";
        throw new IngestRefusal(
          400,
          `series ${describe(s)} has the value ${sample.value}, which is not ${expected}`,
        );
      }
      readings.push({ metric, instanceId, atMs: sample.timestampMs, value: sample.value });
      if (readings.length > MAX_SAMPLES_PER_PUSH) {
        throw new IngestRefusal(400, `a push may carry at most ${MAX_SAMPLES_PER_PUSH} samples`);
      }
    }
  }
  return { readings, ignoredSeries };
}

function describe(s: RemoteWriteSeries): string {
  const { __name__: name = "", ...rest } = s.labels;
  const labels = Object.entries(rest)
    .map(([k, v]) => `${k}="${v}"`)
    .join(",");
  return `${name}{${labels}}`.slice(0, 300);
}

/** Every instance must be a shared port or VBR on one of the partner's circuits; unknown ones alike. */
async function checkInstancesOwned(tx: Tx, partnerUid: string, instanceIds: string[]): Promise<void> {
  const owned = new Set<string>();
  for (let i = 0; i < instanceIds.length; i += CHUNK) {
    const ids = instanceIds.slice(i, i + CHUNK);
    const ports = await tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(and(inArray(hostedConnections.id, ids), eq(circuits.ownerUid, partnerUid)));
    const routers = await tx
      .select({ id: vbrs.id })
      .from(vbrs)
      .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
      .where(and(inArray(vbrs.id, ids), eq(circuits.ownerUid, partnerUid)));
    for (const row of [...ports, ...routers]) owned.add(row.id);
  }
  const foreign = instanceIds.find((id) => !owned.has(id));
  if (foreign !== undefined) {
    throw new IngestRefusal(
      403,
      `${INSTANCE_LABEL} "${foreign.slice(0, 64)}" is not a shared port or VBR on your circuits`,
    );
  }
}

const CHUNK = 500;

type Bucket = {
  instanceId: string;
  startMs: number;
  counts: TrafficCounts;
  link?: { atMs: number; up: boolean };
};

async function store(tx: Tx, readings: Reading[]): Promise<void> {
  const instanceIds = [...new Set(readings.map((r) => r.instanceId))];
  const last = new Map<string, { value: number; atMs: number }>();
  for (let i = 0; i < instanceIds.length; i += CHUNK) {
    const rows = await tx
      .select()
      .from(trafficCounters)
      .where(inArray(trafficCounters.instanceId, instanceIds.slice(i, i + CHUNK)));
    for (const row of rows)
      last.set(`${row.instanceId}\n${row.counter}`, { value: row.value, atMs: row.sampledAt.getTime() });
  }
  const buckets = new Map<string, Bucket>();
  const bucketOf = (instanceId: string, startMs: number) => {
    const key = `${instanceId}\n${startMs}`;
    const bucket = buckets.get(key) ?? { instanceId, startMs, counts: zeroCounts() };
    buckets.set(key, bucket);
    return bucket;
  };
  const touched = new Map<string, { instanceId: string; counter: string; value: number; atMs: number }>();
  for (const r of [...readings].sort((a, b) => a.atMs - b.atMs)) {
    if (r.metric === LINK_STATE_METRIC) {
      const bucket = bucketOf(r.instanceId, bucketStart(r.atMs, 60));
      if (!bucket.link || bucket.link.atMs <= r.atMs) bucket.link = { atMs: r.atMs, up: linkUpFrom(r.value) };
      continue;
    }
    const key = `${r.instanceId}\n${r.metric}`;
    const previous = last.get(key);
    // A reading at or before the last one stored is a resend (Prometheus retries a failed push): skip it.
    if (previous && r.atMs <= previous.atMs) continue;
    const reading = { value: r.value, atMs: r.atMs };
    last.set(key, reading);
    touched.set(key, { instanceId: r.instanceId, counter: r.metric, ...reading });
    // The first reading of a counter only sets where it starts.
    if (!previous) continue;
    const field = PROMETHEUS_COUNTERS[r.metric];
    if (!field) continue;
    for (const [minute, count] of spreadOverMinutes(
      previous.atMs,
      r.atMs,
      counterDelta(previous.value, r.value),
    )) {
      bucketOf(r.instanceId, minute).counts[field] += count;
    }
  }
  const counterRows = [...touched.values()].map((c) => ({
    instanceId: c.instanceId,
    counter: c.counter,
    value: c.value,
    sampledAt: new Date(c.atMs),
  }));
  for (let i = 0; i < counterRows.length; i += CHUNK) {
    await tx
      .insert(trafficCounters)
      .values(counterRows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [trafficCounters.instanceId, trafficCounters.counter],
        set: { value: sql`excluded.value`, sampledAt: sql`excluded.sampled_at` },
      });
  }
  const sampleRows = [...buckets.values()].map((b) => ({
    instanceId: b.instanceId,
    resolutionSeconds: 60,
    bucketStart: new Date(b.startMs),
    ...b.counts,
    linkUp: b.link?.up ?? null,
    rollupPending: true,
  }));
  for (let i = 0; i < sampleRows.length; i += CHUNK) {
    await tx
      .insert(trafficSamples)
      .values(sampleRows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [trafficSamples.instanceId, trafficSamples.resolutionSeconds, trafficSamples.bucketStart],
        set: {
          ...addExcluded(),
          linkUp: sql`coalesce(excluded.link_up, ${trafficSamples.linkUp})`,
          rollupPending: sql`excluded.rollup_pending`,
        },
      });
  }
}

function addExcluded() {
  return Object.fromEntries(
    TRAFFIC_FIELDS.map((field) => {
      const column = trafficSamples[field];
      return [field, sql`${column} + excluded.${sql.identifier(column.name)}`];
    }),
  );
}
