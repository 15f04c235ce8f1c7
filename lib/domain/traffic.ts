// Traffic counters of shared ports and VBRs: what a collector pushes, how counter readings become the
// counts stored per minute, and how long each resolution is kept. Framework-free; the ingest and the
// rollup in lib/server/monitoring apply these rules.

/** The counts stored per bucket (db/schema.ts trafficSamples). "In" is from the IDC, "out" towards it. */
export const TRAFFIC_FIELDS = [
  "bytesIn",
  "bytesOut",
  "packetsIn",
  "packetsOut",
  "droppedBytesIn",
  "droppedBytesOut",
  "droppedPacketsIn",
  "droppedPacketsOut",
] as const;
export type TrafficField = (typeof TRAFFIC_FIELDS)[number];
export type TrafficCounts = Record<TrafficField, number>;

/**
 * The counter metrics accepted, by Prometheus metric name: prometheus-snmp-exporter's if_mib names for a
 * switch interface (in = received from the tenant's IDC, out = sent towards it). Several metrics may add
 * into one count (unicast, multicast and broadcast packets). Switches report discarded bytes only in
 * vendor MIBs, so those two names are ours; docs/monitoring.md shows how to relabel a vendor's metric.
 */
export const PROMETHEUS_COUNTERS: Readonly<Record<string, TrafficField>> = {
  ifHCInOctets: "bytesIn",
  ifHCOutOctets: "bytesOut",
  ifHCInUcastPkts: "packetsIn",
  ifHCInMulticastPkts: "packetsIn",
  ifHCInBroadcastPkts: "packetsIn",
  ifHCOutUcastPkts: "packetsOut",
  ifHCOutMulticastPkts: "packetsOut",
  ifHCOutBroadcastPkts: "packetsOut",
  ifInDiscards: "droppedPacketsIn",
  ifOutDiscards: "droppedPacketsOut",
  hostedConnectInDiscardOctets: "droppedBytesIn",
  hostedConnectOutDiscardOctets: "droppedBytesOut",
};

/** IF-MIB ifOperStatus: 1 is up; every other state (down, testing, dormant, ...) counts as down. */
export const LINK_STATE_METRIC = "ifOperStatus";
const IF_OPER_STATUS_UP = 1;
const IF_OPER_STATUS_MAX = 7;

/** The label that names the shared port (pc-...) or VBR (vbr-...) a series measures. */
export const INSTANCE_LABEL = "instance_id";

export const MINUTE_MS = 60_000;
export const RESOLUTIONS = [60, 300, 3600] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** How long each resolution is kept: raw minutes 7 days, 5-minute rollups 30 days, hourly 13 months. */
export function retentionCutoff(resolution: Resolution, now: Date): Date {
  if (resolution === 60) return new Date(now.getTime() - 7 * 24 * 3_600_000);
  if (resolution === 300) return new Date(now.getTime() - 30 * 24 * 3_600_000);
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - 13);
  return cutoff;
}

/**
 * The oldest a pushed sample may be: a day short of the raw retention, so a gap spread over the day
 * before it (MAX_SPREAD_MINUTES) still lands in raw minutes the rollup can read.
 */
export function oldestAcceptedSample(now: Date): Date {
  return new Date(retentionCutoff(60, now).getTime() + MAX_SPREAD_MINUTES * MINUTE_MS);
}

/** How far ahead of the server's clock a sample may be dated (collector clocks drift). */
export const MAX_FUTURE_SKEW_MS = 5 * MINUTE_MS;

export function bucketStart(atMs: number, resolution: Resolution): number {
  const size = resolution * 1000;
  return Math.floor(atMs / size) * size;
}

/**
 * What passed between two readings of a counter. A reading below the previous one is a reset (the
 * switch rebooted or the counter wrapped): the counter restarted at zero, so the new reading is what
 * passed since. Never negative.
 */
export function counterDelta(previous: number, current: number): number {
  return Math.round(current >= previous ? current - previous : current);
}

/** A gap longer than this is not filled minute by minute: its count goes to the last day of it. */
export const MAX_SPREAD_MINUTES = 24 * 60;

/**
 * The minute buckets a count between two readings belongs to: the minutes from the previous reading's up
 * to (not including) the current one's, when it happened; the previous reading's own minute when both
 * fall in one. Spread evenly in whole units (the remainder on the earliest minutes), so a gap in
 * reporting keeps its total without a spike, and traffic before midnight stays in its month.
 */
export function spreadOverMinutes(
  previousAtMs: number,
  currentAtMs: number,
  count: number,
): Array<[number, number]> {
  const from = bucketStart(previousAtMs, 60);
  const to = bucketStart(currentAtMs, 60);
  const minutes = Math.min(Math.max((to - from) / MINUTE_MS, 1), MAX_SPREAD_MINUTES);
  const last = Math.max(from, to - MINUTE_MS);
  const base = Math.floor(count / minutes);
  const remainder = count - base * minutes;
  const spread: Array<[number, number]> = [];
  for (let i = 0; i < minutes; i++) {
    const share = base + (i < remainder ? 1 : 0);
    if (share > 0) spread.push([last - (minutes - 1 - i) * MINUTE_MS, share]);
  }
  return spread;
}

export function linkUpFrom(ifOperStatus: number): boolean {
  return ifOperStatus === IF_OPER_STATUS_UP;
}

export function isValidIfOperStatus(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= IF_OPER_STATUS_MAX;
}

export function zeroCounts(): TrafficCounts {
  return Object.fromEntries(TRAFFIC_FIELDS.map((field) => [field, 0])) as TrafficCounts;
}

export function addCounts(into: TrafficCounts, add: TrafficCounts): TrafficCounts {
  for (const field of TRAFFIC_FIELDS) into[field] += add[field];
  return into;
}

/** A rollup's link state: down if it was reported down in any of its buckets, unknown if never reported. */
export function combinedLinkUp(states: ReadonlyArray<boolean | null>): boolean | null {
  const reported = states.filter((state): state is boolean => state !== null);
  if (reported.length === 0) return null;
  return reported.every(Boolean);
}
