// What the console and the operations answer about alert rules, their history and their deliveries:
// plain JSON (instants as ISO strings), never the webhook secret.
import type { AlertHistoryEntry, AlertRule, WebhookDelivery } from "../../../db/schema";
import type { AlertComparison, AlertResourceType, AlertState, AlertStatistic } from "../../domain/alerts";

export type AlertRuleDto = {
  id: string;
  name: string;
  resourceType: AlertResourceType;
  resourceId: string;
  metric: string;
  statistic: AlertStatistic;
  comparison: AlertComparison;
  threshold: number;
  periodSeconds: number;
  consecutivePeriods: number;
  effectiveFrom: string;
  effectiveTo: string;
  muteSeconds: number;
  notifyConsole: boolean;
  webhookUrls: string[];
  enabled: boolean;
  state: AlertState;
  lastValue: number | null;
  stateChangedAt: string;
};

export function alertRuleDto(rule: AlertRule): AlertRuleDto {
  return {
    id: rule.id,
    name: rule.name,
    resourceType: rule.resourceType as AlertResourceType,
    resourceId: rule.resourceId,
    metric: rule.metric,
    statistic: rule.statistic as AlertStatistic,
    comparison: rule.comparison as AlertComparison,
    threshold: rule.threshold,
    periodSeconds: rule.periodSeconds,
    consecutivePeriods: rule.consecutivePeriods,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    muteSeconds: rule.muteSeconds,
    notifyConsole: rule.notifyConsole,
    webhookUrls: rule.webhookUrls,
    enabled: rule.enabled,
    state: rule.state as AlertState,
    lastValue: rule.lastValue,
    stateChangedAt: rule.stateChangedAt.toISOString(),
  };
}

export type AlertHistoryDto = {
  id: number;
  ruleId: string;
  ruleName: string;
  fromState: AlertState;
  toState: AlertState;
  value: number | null;
  threshold: number;
  periodStart: string;
  at: string;
};

export function alertHistoryDto(entry: AlertHistoryEntry): AlertHistoryDto {
  return {
    id: entry.id,
    ruleId: entry.ruleId,
    ruleName: entry.ruleName,
    fromState: entry.fromState as AlertState,
    toState: entry.toState as AlertState,
    value: entry.value,
    threshold: entry.threshold,
    periodStart: entry.periodStart.toISOString(),
    at: entry.at.toISOString(),
  };
}

export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";

export type WebhookDeliveryDto = {
  id: number;
  ruleId: string;
  url: string;
  event: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
};

export function webhookDeliveryDto(d: WebhookDelivery): WebhookDeliveryDto {
  const status = d.status as WebhookDeliveryStatus;
  return {
    id: d.id,
    ruleId: d.ruleId,
    url: d.url,
    event: d.event,
    status,
    attempts: d.attempts,
    lastResponseStatus: d.lastResponseStatus,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: status === "pending" ? d.nextAttemptAt.toISOString() : null,
  };
}
