// DescribeMetricList and DescribeMetricLast share their input and their query: which instances, which
// metric, which periods. Wire parameters are CloudMonitor's (docs/monitoring.md).
import { z } from "zod";
import type { Tx } from "../../../db/transaction";
import { domainError } from "../../domain/errors";
import {
  CMS_METRICS,
  CMS_NAMESPACE,
  datapointOf,
  type MetricDef,
  resolutionFor,
} from "../../domain/traffic-metrics";
import { readableInstances, storedBuckets, type TimedBucket } from "./series";

const MAX_RANGE_MS = 31 * 24 * 3_600_000;
const DEFAULT_RANGE_MS = 3_600_000;
const MAX_INSTANCES = 50;
// CloudMonitor reads "YYYY-MM-DD hh:mm:ss" in China Standard Time.
const CMS_TIME_ZONE = "+08:00";

export const metricQueryInput = z.object({
  namespace: z.literal(CMS_NAMESPACE),
  metricName: z.string().refine((name) => Object.hasOwn(CMS_METRICS, name)),
  dimensions: z.string().max(8192).optional(),
  period: z.number().int().min(60).max(86_400).multipleOf(60).default(60),
  startTime: z.string().max(32).optional(),
  endTime: z.string().max(32).optional(),
  length: z.number().int().min(1).max(1440).default(1000),
  nextToken: z.string().max(32).optional(),
});
export type MetricQueryInput = z.infer<typeof metricQueryInput>;

export type MetricDatapoint = { timestamp: number; userId: string; instanceId: string } & ReturnType<
  typeof datapointOf
>;

export type MetricQueryOutput = { period: number; datapoints: MetricDatapoint[]; nextToken?: string };

/** Every datapoint of the query, instance by instance, oldest first; `last` keeps each instance's newest. */
export async function queryMetric(
  tx: Tx,
  accountUid: string,
  input: MetricQueryInput,
  now: Date,
  { last }: { last: boolean },
): Promise<MetricQueryOutput> {
  const metric = CMS_METRICS[input.metricName] as MetricDef;
  const endMs = input.endTime === undefined ? now.getTime() : timeOf(input.endTime, "endTime");
  const startMs =
    input.startTime === undefined ? endMs - DEFAULT_RANGE_MS : timeOf(input.startTime, "startTime");
  if (startMs >= endMs || endMs - startMs > MAX_RANGE_MS) {
    throw domainError("InvalidParameter", { args: ["startTime"], field: "startTime" });
  }
  const wanted = instancesOf(input.dimensions);
  const instances = await readableInstances(tx, accountUid, metric.kind, wanted);
  const missing = wanted?.find((id) => !instances.some((i) => i.instanceId === id));
  // Another account's instance is answered as one that does not exist.
  if (missing !== undefined) throw domainError("ResourceNotFound", { args: [missing], field: "dimensions" });
  const { resolution, period } = resolutionFor(startMs, input.period, now);
  const periodMs = period * 1000;
  const alignedStart = Math.floor(startMs / periodMs) * periodMs;
  const datapoints: MetricDatapoint[] = [];
  for (const instance of instances) {
    const buckets = await storedBuckets(tx, instance.instanceId, resolution, alignedStart, endMs);
    const points: MetricDatapoint[] = [];
    for (const [timestamp, group] of groupByPeriod(buckets, periodMs)) {
      const point = datapointOf(metric, group, resolution);
      if (point)
        points.push({ timestamp, userId: instance.ownerUid, instanceId: instance.instanceId, ...point });
    }
    datapoints.push(...(last ? points.slice(-1) : points));
  }
  const offset = input.nextToken === undefined ? 0 : offsetOf(input.nextToken);
  const page = datapoints.slice(offset, offset + input.length);
  const next = offset + page.length;
  return { period, datapoints: page, ...(next < datapoints.length ? { nextToken: tokenOf(next) } : {}) };
}

function groupByPeriod(buckets: readonly TimedBucket[], periodMs: number): Map<number, TimedBucket[]> {
  const groups = new Map<number, TimedBucket[]>();
  for (const bucket of buckets) {
    const start = Math.floor(bucket.startMs / periodMs) * periodMs;
    const group = groups.get(start) ?? [];
    groups.set(start, group);
    group.push(bucket);
  }
  return groups;
}

/** Dimensions: `[{"instanceId":"..."}]` (or one such object), at most 50 instances. */
function instancesOf(dimensions: string | undefined): string[] | undefined {
  if (dimensions === undefined || dimensions.trim() === "") return undefined;
  const invalid = () => domainError("InvalidParameter", { args: ["dimensions"], field: "dimensions" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(dimensions);
  } catch {
    throw invalid();
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const result = z
    .array(z.object({ instanceId: z.string().min(1).max(128) }).loose())
    .min(1)
    .max(MAX_INSTANCES)
    .safeParse(list);
  if (!result.success) throw invalid();
  return [...new Set(result.data.map((d) => d.instanceId))];
}

/** Unix milliseconds, or "YYYY-MM-DD hh:mm:ss" in CloudMonitor's time zone. */
function timeOf(text: string, field: "startTime" | "endTime"): number {
  const invalid = () => domainError("InvalidParameter", { args: [field], field });
  if (/^\d{1,15}$/.test(text)) return Number(text);
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  if (!match) throw invalid();
  const ms = Date.parse(`${match[1]}T${match[2]}${CMS_TIME_ZONE}`);
  if (Number.isNaN(ms)) throw invalid();
  return ms;
}

function tokenOf(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

function offsetOf(token: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw domainError("InvalidParameter", { args: ["nextToken"], field: "nextToken" });
  return Number(match[1]);
}
