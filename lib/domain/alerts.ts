// Alert rules on shared ports, VBRs and circuits: what a rule may watch, and how one evaluated period moves
// a rule between OK, Alarm and Insufficient data. Framework-free: the evaluator job in
// lib/server/alerts applies these rules to the stored traffic, and docs/monitoring.md describes them.
import { CMS_METRICS, type Datapoint, type MetricDef } from "./traffic-metrics";

export const ALERT_RESOURCE_TYPES = ["hostedConnection", "vbr", "circuit"] as const;
export type AlertResourceType = (typeof ALERT_RESOURCE_TYPES)[number];

export const ALERT_STATISTICS = ["Average", "Maximum", "Minimum"] as const;
export type AlertStatistic = (typeof ALERT_STATISTICS)[number];

/** CloudMonitor's comparison operators. */
export const ALERT_COMPARISONS = [
  "GreaterThanOrEqualToThreshold",
  "GreaterThanThreshold",
  "LessThanOrEqualToThreshold",
  "LessThanThreshold",
] as const;
export type AlertComparison = (typeof ALERT_COMPARISONS)[number];

export const ALERT_STATES = ["OK", "Alarm", "InsufficientData"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Evaluation periods, in seconds: whole minutes read from the raw 1-minute buckets. */
export const ALERT_PERIODS = [60, 300, 900, 3600] as const;
export const MAX_CONSECUTIVE_PERIODS = 30;
/** The mute period after a firing: also how often a lasting Alarm is notified again. */
export const MIN_MUTE_SECONDS = 300;
export const MAX_MUTE_SECONDS = 24 * 3600;
export const MAX_WEBHOOKS = 5;

/** The link metric: 1 up, 0 down (down at any time in the period). */
export const LINK_METRIC = "PortLinkStatus";

/**
 * The metrics a rule may watch on each resource: the CloudMonitor names of docs/monitoring.md that have
 * Average, Maximum and Minimum, and the port's link state. A circuit's are its shared ports' metrics,
 * summed over the ports on it.
 */
export function alertMetricsOf(type: AlertResourceType): string[] {
  const kind = type === "vbr" ? "vbr" : "port";
  return Object.entries(CMS_METRICS)
    .filter(([name, def]) => def.kind === kind && (def.statistic === "rate" || isLinkOn(type, name)))
    .map(([name]) => name);
}

function isLinkOn(type: AlertResourceType, metric: string): boolean {
  return type === "hostedConnection" && metric === LINK_METRIC;
}

export function alertMetricDef(metric: string): MetricDef | undefined {
  return Object.hasOwn(CMS_METRICS, metric) ? CMS_METRICS[metric] : undefined;
}

export function breaches(value: number, comparison: AlertComparison, threshold: number): boolean {
  switch (comparison) {
    case "GreaterThanOrEqualToThreshold":
      return value >= threshold;
    case "GreaterThanThreshold":
      return value > threshold;
    case "LessThanOrEqualToThreshold":
      return value <= threshold;
    case "LessThanThreshold":
      return value < threshold;
  }
}

/** The value a rule compares: the period's statistic; the link's Minimum is its Value (0 if it went down). */
export function statisticOf(point: Datapoint | undefined, statistic: AlertStatistic): number | undefined {
  if (!point) return undefined;
  return point[statistic] ?? point.Value;
}

/** "HH:mm"; the effective hours are read in China Standard Time, as CloudMonitor reads them. */
export const EFFECTIVE_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const EFFECTIVE_OFFSET_MINUTES = 8 * 60;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Whether a period starting at `atMs` falls in the effective hours [from, to] (UTC+8, both inclusive, to the
 * minute). `from` after `to` spans midnight (22:00-06:00).
 */
export function isEffective(atMs: number, from: string, to: string): boolean {
  const minuteOfDay = Math.floor((atMs / 60_000 + EFFECTIVE_OFFSET_MINUTES) % 1440);
  const start = minutesOf(from);
  const end = minutesOf(to);
  return start <= end
    ? minuteOfDay >= start && minuteOfDay <= end
    : minuteOfDay >= start || minuteOfDay <= end;
}

/** What the evaluator keeps per rule between periods. */
export type AlertRuleState = {
  state: AlertState;
  /** Consecutive evaluated periods that breached the threshold. */
  breachStreak: number;
  /** Consecutive evaluated periods with no datapoint. */
  missingStreak: number;
  /** The last firing notification, for the mute period. */
  lastNotifiedAt: Date | null;
  /** The Alarm now (or last) was notified, so its recovery is notified too. */
  alarmNotified: boolean;
};

export type AlertRuleCondition = {
  comparison: AlertComparison;
  threshold: number;
  consecutivePeriods: number;
  effectiveFrom: string;
  effectiveTo: string;
  muteSeconds: number;
};

export type PeriodOutcome = {
  next: AlertRuleState;
  /** Set when the state changed: the history entry. */
  change?: { from: AlertState; to: AlertState };
  /** The notification to send, if any: firing (or still firing after the mute period) or resolved. */
  notify?: "firing" | "resolved";
};

/**
 * One period's evaluation. A rule enters Alarm after `consecutivePeriods` breaching periods, returns to OK
 * on the first period with data that does not breach, and is Insufficient data after as many periods
 * without a datapoint. Outside the effective hours a period counts for nothing: streaks start over. A
 * firing is notified unless another was within the mute period; an Alarm that lasts past the mute period is
 * notified again; a recovery is notified when its Alarm was.
 */
export function evaluatePeriod(
  rule: AlertRuleCondition,
  current: AlertRuleState,
  periodStartMs: number,
  value: number | undefined,
  now: Date,
): PeriodOutcome {
  if (!isEffective(periodStartMs, rule.effectiveFrom, rule.effectiveTo)) {
    return { next: { ...current, breachStreak: 0, missingStreak: 0 } };
  }
  const muted =
    current.lastNotifiedAt !== null &&
    now.getTime() - current.lastNotifiedAt.getTime() < rule.muteSeconds * 1000;
  if (value === undefined) {
    const missingStreak = current.missingStreak + 1;
    const next = { ...current, breachStreak: 0, missingStreak };
    if (missingStreak >= rule.consecutivePeriods && current.state !== "InsufficientData") {
      return {
        next: { ...next, state: "InsufficientData" },
        change: { from: current.state, to: "InsufficientData" },
      };
    }
    return { next };
  }
  if (breaches(value, rule.comparison, rule.threshold)) {
    const breachStreak = current.breachStreak + 1;
    const next = { ...current, breachStreak, missingStreak: 0 };
    if (current.state === "Alarm") {
      if (muted) return { next };
      return { next: { ...next, lastNotifiedAt: now, alarmNotified: true }, notify: "firing" };
    }
    if (breachStreak < rule.consecutivePeriods) return { next };
    const change = { from: current.state, to: "Alarm" as const };
    if (muted) return { next: { ...next, state: "Alarm", alarmNotified: false }, change };
    return {
      next: { ...next, state: "Alarm", lastNotifiedAt: now, alarmNotified: true },
      change,
      notify: "firing",
    };
  }
  const next = { ...current, breachStreak: 0, missingStreak: 0 };
  if (current.state === "OK") return { next };
  const change = { from: current.state, to: "OK" as const };
  if (current.alarmNotified) {
    return { next: { ...next, state: "OK", alarmNotified: false }, change, notify: "resolved" };
  }
  return { next: { ...next, state: "OK" }, change };
}

/** The periods due for evaluation: whole periods after `evaluatedUntil` that ended `graceMs` ago. */
export function duePeriods(
  evaluatedUntilMs: number,
  periodSeconds: number,
  nowMs: number,
  { graceMs, maxPeriods }: { graceMs: number; maxPeriods: number },
): number[] {
  const periodMs = periodSeconds * 1000;
  const lastEnd = Math.floor((nowMs - graceMs) / periodMs) * periodMs;
  const starts: number[] = [];
  for (let start = evaluatedUntilMs; start + periodMs <= lastEnd; start += periodMs) starts.push(start);
  // After a long outage only the latest periods matter: an old breach is no news.
  return starts.slice(-maxPeriods);
}
