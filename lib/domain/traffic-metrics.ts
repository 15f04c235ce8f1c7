// The CloudMonitor (CMS) view of stored traffic: namespace acs_physical_connection, Alibaba's metric names
// for VBRs and ours, in the same style, for shared ports (docs/monitoring.md lists both), and how one
// period's datapoint is computed from the stored buckets in it.
import {
  RESOLUTIONS,
  type Resolution,
  retentionCutoff,
  type TrafficCounts,
  type TrafficField,
} from "./traffic";

export const CMS_NAMESPACE = "acs_physical_connection";

export type InstanceKind = "port" | "vbr";

/** rate: per second (bits when the field is bytes); total: the count in the period; link: 1 up, 0 down. */
export type MetricDef =
  | { kind: InstanceKind; statistic: "rate"; field: TrafficField; bits: boolean }
  | { kind: InstanceKind; statistic: "total"; field: TrafficField }
  | { kind: InstanceKind; statistic: "link" };

const rate = (kind: InstanceKind, field: TrafficField, bits = false): MetricDef => ({
  kind,
  statistic: "rate",
  field,
  bits,
});
const total = (kind: InstanceKind, field: TrafficField): MetricDef => ({ kind, statistic: "total", field });

export const CMS_METRICS: Readonly<Record<string, MetricDef>> = {
  // VBRs: Alibaba's names (In = from the IDC to the VPC, Out = from the VPC to the IDC).
  RateInFromIDCToVpc: rate("vbr", "bytesIn", true),
  RateOutFromVpcToIDC: rate("vbr", "bytesOut", true),
  PkgsInFromIDCToVpc: rate("vbr", "packetsIn"),
  PkgsOutFromVpcToIDC: rate("vbr", "packetsOut"),
  PkgsDropInFromIDCToVpc: rate("vbr", "droppedPacketsIn"),
  PkgsDropOutFromVpcToIDC: rate("vbr", "droppedPacketsOut"),
  BytesOutFromVpcToIDC: total("vbr", "bytesOut"),
  // Shared ports: the port's own counters, same directions.
  RateInFromIDC: rate("port", "bytesIn", true),
  RateOutToIDC: rate("port", "bytesOut", true),
  PkgsInFromIDC: rate("port", "packetsIn"),
  PkgsOutToIDC: rate("port", "packetsOut"),
  PkgsDropInFromIDC: rate("port", "droppedPacketsIn"),
  PkgsDropOutToIDC: rate("port", "droppedPacketsOut"),
  BytesInFromIDC: total("port", "bytesIn"),
  BytesOutToIDC: total("port", "bytesOut"),
  BytesDropInFromIDC: total("port", "droppedBytesIn"),
  BytesDropOutToIDC: total("port", "droppedBytesOut"),
  PortLinkStatus: { kind: "port", statistic: "link" },
};

/**
 * The stored resolution a query reads: the coarsest one that divides the period and is still kept at the
 * start time, so a week of 30-minute points reads 5-minute buckets, not raw minutes. When none is (a
 * 60 s period over last month), the finest kept one, with the period rounded up to a multiple of it.
 */
export function resolutionFor(
  startMs: number,
  periodSeconds: number,
  now: Date,
): { resolution: Resolution; period: number } {
  const kept = RESOLUTIONS.filter((r) => startMs >= retentionCutoff(r, now).getTime());
  const dividing = kept.filter((r) => periodSeconds % r === 0);
  const resolution = dividing.at(-1) ?? kept[0] ?? 3600;
  return { resolution, period: Math.ceil(periodSeconds / resolution) * resolution };
}

export type StoredBucket = TrafficCounts & { linkUp: boolean | null };

export type Datapoint = Partial<Record<"Average" | "Minimum" | "Maximum" | "Sum" | "Value", number>>;

/**
 * One period's datapoint from its stored buckets (each `resolution` seconds long): rates average over the
 * reported buckets' time, with the slowest and fastest bucket as Minimum and Maximum; totals sum; the
 * link is 1 if up throughout, 0 if it was down in any bucket. Undefined when nothing was reported.
 */
export function datapointOf(
  metric: MetricDef,
  buckets: readonly StoredBucket[],
  resolution: Resolution,
): Datapoint | undefined {
  if (metric.statistic === "link") {
    const states = buckets.map((b) => b.linkUp).filter((s): s is boolean => s !== null);
    if (states.length === 0) return undefined;
    const value = states.every(Boolean) ? 1 : 0;
    return { Value: value, Minimum: value, Maximum: states.some(Boolean) ? 1 : 0 };
  }
  if (buckets.length === 0) return undefined;
  const counts = buckets.map((b) => b[metric.field]);
  const sum = counts.reduce((a, b) => a + b, 0);
  if (metric.statistic === "total") return { Sum: sum, Value: sum };
  const scale = metric.bits ? 8 : 1;
  const perSecond = (count: number, seconds: number) => round2((count * scale) / seconds);
  return {
    Average: perSecond(sum, buckets.length * resolution),
    Minimum: perSecond(Math.min(...counts), resolution),
    Maximum: perSecond(Math.max(...counts), resolution),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
