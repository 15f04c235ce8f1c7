// The Monitoring tab's data: one shared port's, VBR's or circuit's traffic over a range, one point per
// period, with the capacity it is measured against. A circuit is the sum of its shared ports, with each
// port's own rates beside it. Readable as DescribeMetricList is (series.ts), a circuit by its partner only.
import { and, asc, eq, gte, inArray, lt, max } from "drizzle-orm";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, trafficCounters, trafficSamples, vbrs } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { specMbps } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import {
  type ChartPoint,
  chartPeriodFor,
  chartPointOf,
  emptyPoint,
  MAX_CHART_RANGE_MS,
  sumPoints,
} from "../../domain/traffic-chart";
import { resolutionFor, type StoredBucket } from "../../domain/traffic-metrics";
import { bucketStart, type Resolution } from "../../domain/traffic";
import { readableInstances } from "./series";

export type ChartInstanceKind = "port" | "vbr" | "circuit";

export type PortSplit = {
  id: string;
  name: string | null;
  bpsIn: Array<number | null>;
  bpsOut: Array<number | null>;
};

export type TrafficChartDto = {
  id: string;
  kind: ChartInstanceKind;
  capacityMbps: number;
  periodSeconds: number;
  /** Each period's start, Unix seconds, oldest first: every period of the range, reported or not. */
  times: number[];
  points: ChartPoint[];
  /** A circuit's shared ports, each one's rates in the same periods. */
  ports?: PortSplit[];
};

type Member = { id: string; name: string | null; capacityMbps: number };

export async function trafficChart(
  tx: Tx,
  accountUid: string,
  q: { instanceId: string; startMs: number; endMs: number },
  now: Date,
): Promise<TrafficChartDto> {
  if (q.startMs >= q.endMs || q.endMs - q.startMs > MAX_CHART_RANGE_MS)
    throw domainError("InvalidParameter", { args: ["StartTime"], field: "StartTime" });
  const target = await chartTarget(tx, accountUid, q.instanceId);
  if (!target) throw domainError("ResourceNotFound", { args: [q.instanceId], field: "InstanceId" });
  const { resolution, period } = resolutionFor(q.startMs, chartPeriodFor(q.endMs - q.startMs), now);
  const periodMs = period * 1000;
  const alignedStart = Math.floor(q.startMs / periodMs) * periodMs;
  const times: number[] = [];
  for (let at = alignedStart; at < q.endMs; at += periodMs) times.push(at / 1000);
  const reported = await reportedUntil(tx, target.members);
  const buckets = await bucketsByPeriod(
    tx,
    target.members,
    resolution,
    alignedStart,
    q.endMs,
    periodMs,
    reported,
  );
  const pointsOf = (member: Member) =>
    times.map((t) =>
      chartPointOf(buckets.get(member.id)?.get(t * 1000) ?? [], resolution, member.capacityMbps),
    );
  const base = {
    id: target.id,
    kind: target.kind,
    capacityMbps: target.capacityMbps,
    periodSeconds: period,
    times,
  };
  if (target.kind !== "circuit") {
    const [member] = target.members;
    return { ...base, points: member ? pointsOf(member) : times.map(emptyPoint) };
  }
  const perPort = target.members.map((member) => ({ member, points: pointsOf(member) }));
  return {
    ...base,
    points: times.map((_, i) =>
      sumPoints(
        perPort.map((p) => p.points[i] ?? emptyPoint()),
        target.capacityMbps,
      ),
    ),
    ports: perPort.map(({ member, points }) => ({
      id: member.id,
      name: member.name,
      bpsIn: points.map((p) => p.bpsIn),
      bpsOut: points.map((p) => p.bpsOut),
    })),
  };
}

type ChartTarget = { id: string; kind: ChartInstanceKind; capacityMbps: number; members: Member[] };

/** What the caller may chart under `id`, or undefined: another account's is answered as one that does not exist. */
async function chartTarget(tx: Tx, accountUid: string, id: string): Promise<ChartTarget | undefined> {
  if (id.startsWith("vbr-")) {
    const [readable] = await readableInstances(tx, accountUid, "vbr", [id]);
    if (!readable) return undefined;
    const row = await first(
      tx
        .select({
          name: vbrs.name,
          bandwidthMbps: vbrs.bandwidthMbps,
          portSpec: hostedConnections.spec,
          circuitMbps: circuits.capacityMbps,
        })
        .from(vbrs)
        .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
        .leftJoin(hostedConnections, eq(hostedConnections.id, vbrs.hostedConnectionId))
        .where(eq(vbrs.id, id)),
    );
    if (!row) return undefined;
    // A VBR on a shared port carries that port's traffic; a legacy VBR its own cap, or its circuit's.
    const capacityMbps = (row.portSpec && specMbps(row.portSpec)) || row.bandwidthMbps || row.circuitMbps;
    return { id, kind: "vbr", capacityMbps, members: [{ id, name: row.name, capacityMbps }] };
  }
  const [port] = await readableInstances(tx, accountUid, "port", [id]);
  if (port) {
    const row = await first(
      tx
        .select({ name: hostedConnections.name, spec: hostedConnections.spec })
        .from(hostedConnections)
        .where(eq(hostedConnections.id, id)),
    );
    if (!row) return undefined;
    const capacityMbps = specMbps(row.spec);
    return { id, kind: "port", capacityMbps, members: [{ id, name: row.name, capacityMbps }] };
  }
  const circuit = await first(
    tx
      .select({ capacityMbps: circuits.capacityMbps })
      .from(circuits)
      .where(and(eq(circuits.id, id), eq(circuits.ownerUid, accountUid))),
  );
  if (!circuit) return undefined;
  const ports = await tx
    .select({ id: hostedConnections.id, name: hostedConnections.name, spec: hostedConnections.spec })
    .from(hostedConnections)
    .where(eq(hostedConnections.circuitId, id))
    .orderBy(asc(hostedConnections.id));
  return {
    id,
    kind: "circuit",
    capacityMbps: circuit.capacityMbps,
    members: ports.map((p) => ({ id: p.id, name: p.name, capacityMbps: specMbps(p.spec) })),
  };
}

/**
 * Each member's newest counter reading, as the start of its minute: a reading's count goes to the minutes
 * before it (lib/domain/traffic.ts spreadOverMinutes), so the buckets from there on hold no count yet,
 * only the link state, and would chart as a drop to zero.
 */
async function reportedUntil(tx: Tx, members: readonly Member[]): Promise<Map<string, number>> {
  if (members.length === 0) return new Map();
  const rows = await tx
    .select({ id: trafficCounters.instanceId, at: max(trafficCounters.sampledAt) })
    .from(trafficCounters)
    .where(
      inArray(
        trafficCounters.instanceId,
        members.map((m) => m.id),
      ),
    )
    .groupBy(trafficCounters.instanceId);
  return new Map(
    rows.flatMap((r) => (r.at === null ? [] : [[r.id, bucketStart(new Date(r.at).getTime(), 60)] as const])),
  );
}

/** Every member's buckets in one query that its counters have reported, grouped by member and period start (ms). */
async function bucketsByPeriod(
  tx: Tx,
  members: readonly Member[],
  resolution: Resolution,
  fromMs: number,
  toMs: number,
  periodMs: number,
  reported: ReadonlyMap<string, number>,
): Promise<Map<string, Map<number, StoredBucket[]>>> {
  const grouped = new Map<string, Map<number, StoredBucket[]>>();
  if (members.length === 0) return grouped;
  const rows = await tx
    .select()
    .from(trafficSamples)
    .where(
      and(
        inArray(
          trafficSamples.instanceId,
          members.map((m) => m.id),
        ),
        eq(trafficSamples.resolutionSeconds, resolution),
        gte(trafficSamples.bucketStart, new Date(fromMs)),
        lt(trafficSamples.bucketStart, new Date(toMs)),
      ),
    );
  for (const { bucketStart, instanceId, resolutionSeconds: _, rollupPending: __, ...bucket } of rows) {
    if (bucketStart.getTime() + resolution * 1000 > (reported.get(instanceId) ?? 0)) continue;
    const periods = grouped.get(instanceId) ?? new Map<number, StoredBucket[]>();
    grouped.set(instanceId, periods);
    const start = Math.floor(bucketStart.getTime() / periodMs) * periodMs;
    const list = periods.get(start) ?? [];
    periods.set(start, list);
    list.push(bucket);
  }
  return grouped;
}
