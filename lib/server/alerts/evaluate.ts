// The alert evaluator (a scheduled job, lib/server/scheduler/jobs.ts): every enabled rule's due periods,
// read from the stored 1-minute traffic, through evaluatePeriod in lib/domain/alerts.ts. Each rule is one
// transaction that moves its evaluated_until forward only from the value it read: a second process or a
// restarted one that evaluates the same periods finds it moved, rolls back, and so never notifies twice.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { affectedRows, first } from "../../../db/rows";
import {
  type AlertRule,
  alertHistory,
  alertRules,
  hostedConnections,
  webhookDeliveries,
} from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import {
  type AlertComparison,
  type AlertRuleState,
  type AlertState,
  type AlertStatistic,
  alertMetricDef,
  duePeriods,
  evaluatePeriod,
  statisticOf,
} from "../../domain/alerts";
import { addCounts, zeroCounts } from "../../domain/traffic";
import { datapointOf, type StoredBucket } from "../../domain/traffic-metrics";
import { notify } from "../notifications/notify";
import { storedBuckets, type TimedBucket } from "../monitoring/series";
import type { AlertEvent, WebhookPayload } from "./webhook";

/** A period is evaluated this long after it ends, so the collector's push for its last minute is in. */
export const EVALUATION_GRACE_MS = 2 * 60_000;
/** After an outage, only this many of a rule's latest periods are evaluated. */
const MAX_CATCH_UP_PERIODS = 60;

const COMPARISON_SIGN: Record<AlertComparison, string> = {
  GreaterThanOrEqualToThreshold: ">=",
  GreaterThanThreshold: ">",
  LessThanOrEqualToThreshold: "<=",
  LessThanThreshold: "<",
};

class AlreadyEvaluated extends Error {}

export async function evaluateAlerts(db: Db, now: Date): Promise<void> {
  const rules = await withTransaction(db, "read", (tx) =>
    tx.select({ id: alertRules.id }).from(alertRules).where(eq(alertRules.enabled, true)),
  );
  for (const { id } of rules) {
    try {
      await withTransaction(db, "write", (tx) => evaluateRule(tx, id, now));
    } catch (error) {
      if (!(error instanceof AlreadyEvaluated)) throw error;
    }
  }
}

async function evaluateRule(tx: Tx, id: string, now: Date): Promise<void> {
  const rule = await first(
    tx
      .select()
      .from(alertRules)
      .where(and(eq(alertRules.id, id), eq(alertRules.enabled, true))),
  );
  if (!rule) return;
  const periods = duePeriods(rule.evaluatedUntil.getTime(), rule.periodSeconds, now.getTime(), {
    graceMs: EVALUATION_GRACE_MS,
    maxPeriods: MAX_CATCH_UP_PERIODS,
  });
  const lastStart = periods.at(-1);
  if (lastStart === undefined) return;
  let state: AlertRuleState = {
    state: rule.state as AlertState,
    breachStreak: rule.breachStreak,
    missingStreak: rule.missingStreak,
    lastNotifiedAt: rule.lastNotifiedAt,
    alarmNotified: rule.alarmNotified,
  };
  const condition = { ...rule, comparison: rule.comparison as AlertComparison };
  let lastValue = rule.lastValue;
  let stateChangedAt = rule.stateChangedAt;
  for (const start of periods) {
    const value = await periodValue(tx, rule, start);
    const outcome = evaluatePeriod(condition, state, start, value, now);
    state = outcome.next;
    if (value !== undefined) lastValue = value;
    if (outcome.change) {
      stateChangedAt = now;
      await tx.insert(alertHistory).values({
        ruleId: rule.id,
        ownerUid: rule.ownerUid,
        resourceType: rule.resourceType,
        resourceId: rule.resourceId,
        ruleName: rule.name,
        fromState: outcome.change.from,
        toState: outcome.change.to,
        value: value ?? null,
        threshold: rule.threshold,
        periodStart: new Date(start),
        at: now,
      });
    }
    if (outcome.notify) {
      await notifyOwner(tx, rule, outcome.notify === "firing" ? "alertFiring" : "alertResolved", {
        value: value ?? null,
        state: state.state,
        periodStart: start,
        now,
      });
    }
  }
  const updated = await tx
    .update(alertRules)
    .set({
      ...state,
      lastValue,
      stateChangedAt,
      evaluatedUntil: new Date(lastStart + rule.periodSeconds * 1000),
    })
    .where(and(eq(alertRules.id, rule.id), eq(alertRules.evaluatedUntil, rule.evaluatedUntil)));
  if (affectedRows(updated) !== 1) throw new AlreadyEvaluated();
}

/** The rule's statistic over one period, from the raw minutes; undefined when nothing was reported. */
async function periodValue(tx: Tx, rule: AlertRule, startMs: number): Promise<number | undefined> {
  const metric = alertMetricDef(rule.metric);
  if (!metric) return undefined;
  const endMs = startMs + rule.periodSeconds * 1000;
  const buckets =
    rule.resourceType === "circuit"
      ? await circuitBuckets(tx, rule.resourceId, startMs, endMs)
      : await storedBuckets(tx, rule.resourceId, 60, startMs, endMs);
  return statisticOf(datapointOf(metric, buckets, 60), rule.statistic as AlertStatistic);
}

/** A circuit's minutes: its shared ports' counts added minute by minute. */
async function circuitBuckets(
  tx: Tx,
  circuitId: string,
  startMs: number,
  endMs: number,
): Promise<StoredBucket[]> {
  const ports = await tx
    .select({ id: hostedConnections.id })
    .from(hostedConnections)
    .where(eq(hostedConnections.circuitId, circuitId));
  const byMinute = new Map<number, StoredBucket>();
  for (const port of ports) {
    const buckets: TimedBucket[] = await storedBuckets(tx, port.id, 60, startMs, endMs);
    for (const { startMs: minute, linkUp: _, ...counts } of buckets) {
      const sum = byMinute.get(minute) ?? { ...zeroCounts(), linkUp: null };
      addCounts(sum, counts);
      byMinute.set(minute, sum);
    }
  }
  return [...byMinute.values()];
}

/** The console notification (when the rule asks for it) and one queued delivery per webhook URL. */
async function notifyOwner(
  tx: Tx,
  rule: AlertRule,
  event: AlertEvent,
  {
    value,
    state,
    periodStart,
    now,
  }: { value: number | null; state: AlertState; periodStart: number; now: Date },
): Promise<void> {
  const resourceType = rule.resourceType === "hostedConnection" ? "hosted_connection" : rule.resourceType;
  if (rule.notifyConsole) {
    const detail = `${rule.metric} ${rule.statistic} ${value ?? "-"} ${COMPARISON_SIGN[rule.comparison as AlertComparison]} ${rule.threshold}`;
    await notify(tx, {
      accountUid: rule.ownerUid,
      kind: event,
      resource: { type: resourceType as "hosted_connection" | "vbr" | "circuit", id: rule.resourceId },
      params: { rule: rule.name, resource: rule.resourceId, detail },
      at: now,
    });
  }
  if (rule.webhookUrls.length === 0) return;
  const payload: WebhookPayload = {
    event,
    alertRuleId: rule.id,
    ruleName: rule.name,
    resourceType: rule.resourceType,
    resourceId: rule.resourceId,
    metric: rule.metric,
    statistic: rule.statistic,
    comparison: rule.comparison,
    threshold: rule.threshold,
    value,
    state,
    periodStart: new Date(periodStart).toISOString(),
    periodSeconds: rule.periodSeconds,
    at: now.toISOString(),
  };
  const body = JSON.stringify(payload);
  await tx.insert(webhookDeliveries).values(
    rule.webhookUrls.map((url) => ({
      ruleId: rule.id,
      ownerUid: rule.ownerUid,
      url,
      event,
      body,
      status: "pending",
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}
