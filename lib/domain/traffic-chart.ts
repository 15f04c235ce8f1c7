// What the console's Monitoring tab charts: its time ranges, the period of a range's points, and each
// period's values (bps, pps, dropped packets, bytes, utilisation) from the stored buckets in it.
import type { Resolution, TrafficCounts } from "./traffic";
import { datapointOf, type StoredBucket } from "./traffic-metrics";

export const CHART_RANGES = ["1h", "3h", "6h", "12h", "1d", "7d", "30d"] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

const HOUR_MS = 3_600_000;
export const RANGE_MS: Readonly<Record<ChartRange, number>> = {
  "1h": HOUR_MS,
  "3h": 3 * HOUR_MS,
  "6h": 6 * HOUR_MS,
  "12h": 12 * HOUR_MS,
  "1d": 24 * HOUR_MS,
  "7d": 7 * 24 * HOUR_MS,
  "30d": 30 * 24 * HOUR_MS,
};

/** The longest custom range: the 5-minute rollups' retention plus a day, as CloudMonitor's reads allow. */
export const MAX_CHART_RANGE_MS = 31 * 24 * HOUR_MS;

/** Ranges up to a day show what the collector pushes each minute: the tab refreshes them. */
export function refreshesLive(rangeMs: number): boolean {
  return rangeMs <= RANGE_MS["1d"];
}

// At most this many points a series: enough for a wide chart, few enough to draw at once.
const MAX_POINTS = 720;
const PERIODS = [60, 300, 900, 1800, 3600, 7200, 21_600, 86_400] as const;

/** The shortest period (seconds) that draws the range in at most MAX_POINTS points. */
export function chartPeriodFor(rangeMs: number): number {
  return PERIODS.find((p) => rangeMs / (p * 1000) <= MAX_POINTS) ?? 86_400;
}

export const CHART_SERIES = [
  "bpsIn",
  "bpsOut",
  "ppsIn",
  "ppsOut",
  "droppedPpsIn",
  "droppedPpsOut",
  "bytesIn",
  "bytesOut",
  "utilisation",
] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];
/** One period's values; null where nothing was reported in it. */
export type ChartPoint = Record<ChartSeries, number | null>;

const RATES: ReadonlyArray<[ChartSeries, keyof TrafficCounts, boolean]> = [
  ["bpsIn", "bytesIn", true],
  ["bpsOut", "bytesOut", true],
  ["ppsIn", "packetsIn", false],
  ["ppsOut", "packetsOut", false],
  ["droppedPpsIn", "droppedPacketsIn", false],
  ["droppedPpsOut", "droppedPacketsOut", false],
];

export function emptyPoint(): ChartPoint {
  return Object.fromEntries(CHART_SERIES.map((s) => [s, null])) as ChartPoint;
}

/**
 * One period's point: rates average over the reported time (as DescribeMetricList's Average), bytes sum,
 * and utilisation is the busier direction's rate as a percentage of `capacityMbps`.
 */
export function chartPointOf(
  buckets: readonly StoredBucket[],
  resolution: Resolution,
  capacityMbps: number,
): ChartPoint {
  if (buckets.length === 0) return emptyPoint();
  const point = emptyPoint();
  for (const [series, field, bits] of RATES) {
    point[series] =
      datapointOf({ kind: "port", statistic: "rate", field, bits }, buckets, resolution)?.Average ?? null;
  }
  point.bytesIn = buckets.reduce((sum, b) => sum + b.bytesIn, 0);
  point.bytesOut = buckets.reduce((sum, b) => sum + b.bytesOut, 0);
  point.utilisation = utilisationPercent(point.bpsIn ?? 0, point.bpsOut ?? 0, capacityMbps);
  return point;
}

/** The sum of several instances' points for one period (a circuit's shared ports); null if none reported. */
export function sumPoints(points: readonly ChartPoint[], capacityMbps: number): ChartPoint {
  const sum = emptyPoint();
  for (const series of CHART_SERIES) {
    if (series === "utilisation") continue;
    const reported = points.map((p) => p[series]).filter((v): v is number => v !== null);
    sum[series] = reported.length === 0 ? null : round2(reported.reduce((a, b) => a + b, 0));
  }
  if (sum.bpsIn !== null || sum.bpsOut !== null)
    sum.utilisation = utilisationPercent(sum.bpsIn ?? 0, sum.bpsOut ?? 0, capacityMbps);
  return sum;
}

/** The busier direction as a percentage of the capacity, two decimals; 0 for no capacity. */
export function utilisationPercent(bpsIn: number, bpsOut: number, capacityMbps: number): number {
  if (capacityMbps <= 0) return 0;
  return round2((Math.max(bpsIn, bpsOut) / (capacityMbps * 1_000_000)) * 100);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
