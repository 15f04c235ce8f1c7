// The Alerts tab's operations: create, modify, enable or disable, delete the caller's alert rules, and read
// a resource's rules, history and webhook deliveries. Console only (no Alibaba API action has this
// shape); registered in ALERT_OPERATIONS, which the authorization matrix covers.
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { affectedRows } from "../../../db/rows";
import { alertHistory, alertRules, webhookDeliveries } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { type AlertResourceType, alertMetricsOf } from "../../domain/alerts";
import { domainError } from "../../domain/errors";
import { unwrap } from "../../domain/verdict";
import { checkWebhookUrl } from "../../domain/webhook-target";
import {
  createAlertRuleInput,
  deleteAlertRuleInput,
  describeAlertsInput,
  modifyAlertRuleInput,
  setAlertRuleEnabledInput,
} from "../../inputs/alerts";
import { sealSecret } from "../access-keys/secret-box";
import { newAlertRuleId } from "../ids";
import { defineOperation } from "../operations/operation";
import {
  type AlertHistoryDto,
  type AlertRuleDto,
  alertHistoryDto,
  alertRuleDto,
  type WebhookDeliveryDto,
  webhookDeliveryDto,
} from "./records";
import { AUDIT_RESOURCE_TYPE, loadAlertableResource, loadOwnAlertRule } from "./resources";
import { privateWebhookTargetsAllowed } from "./webhook-policy";

const HISTORY_SHOWN = 50;
const DELIVERIES_SHOWN = 50;

type RuleFields = {
  metric: string;
  periodSeconds: number;
  webhookUrls: string[];
};

function checkRuleFields(type: AlertResourceType, fields: RuleFields): void {
  if (!alertMetricsOf(type).includes(fields.metric)) {
    throw domainError("InvalidParameter", { args: ["metric"], field: "metric" });
  }
  for (const url of fields.webhookUrls) unwrap(checkWebhookUrl(url, privateWebhookTargetsAllowed()));
}

/** The start of the period `now` falls in: a new or changed rule's first evaluated period. */
function periodStartOf(now: Date, periodSeconds: number): Date {
  const periodMs = periodSeconds * 1000;
  return new Date(Math.floor(now.getTime() / periodMs) * periodMs);
}

/** A secret per rule, shown once at creation; kept sealed so the delivery job can sign with it. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

const watched = (output: { resourceType: AlertResourceType; resourceId: string } | undefined) =>
  output && { type: AUDIT_RESOURCE_TYPE[output.resourceType], id: output.resourceId };

export type CreateAlertRuleOutput = {
  alertRuleId: string;
  resourceType: AlertResourceType;
  resourceId: string;
  /** Signs the rule's webhook deliveries (docs/monitoring.md); shown only in this answer. */
  webhookSecret: string;
};

export const createAlertRule = defineOperation({
  action: "CreateAlertRule",
  kind: "write",
  input: createAlertRuleInput,
  async run({ tx, account, ctx }, input): Promise<CreateAlertRuleOutput> {
    const resource = await loadAlertableResource(tx, account.uid, input.resourceType, input.resourceId);
    checkRuleFields(resource.type, input);
    const id = newAlertRuleId();
    const webhookSecret = newWebhookSecret();
    await tx.insert(alertRules).values({
      id,
      ownerUid: account.uid,
      resourceType: resource.type,
      resourceId: resource.id,
      name: input.name,
      metric: input.metric,
      statistic: input.statistic,
      comparison: input.comparison,
      threshold: input.threshold,
      periodSeconds: input.periodSeconds,
      consecutivePeriods: input.consecutivePeriods,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
      muteSeconds: input.muteSeconds,
      notifyConsole: input.notifyConsole,
      webhookUrls: input.webhookUrls,
      webhookSecretCiphertext: sealSecret(id, webhookSecret),
      enabled: true,
      state: "InsufficientData",
      stateChangedAt: ctx.now,
      evaluatedUntil: periodStartOf(ctx.now, input.periodSeconds),
      createdAt: ctx.now,
    });
    return { alertRuleId: id, resourceType: resource.type, resourceId: resource.id, webhookSecret };
  },
  resource: (input, output) =>
    watched(output) ?? { type: AUDIT_RESOURCE_TYPE[input.resourceType], id: input.resourceId },
});

export type AlertRuleChangeOutput = {
  alertRuleId: string;
  resourceType: AlertResourceType;
  resourceId: string;
};

const changed = (rule: { id: string; resourceType: string; resourceId: string }): AlertRuleChangeOutput => ({
  alertRuleId: rule.id,
  resourceType: rule.resourceType as AlertResourceType,
  resourceId: rule.resourceId,
});

/** Changing what a rule watches starts its streaks over; its state stays until the next period says. */
export const modifyAlertRule = defineOperation({
  action: "ModifyAlertRule",
  kind: "write",
  input: modifyAlertRuleInput,
  async run({ tx, account, ctx }, input): Promise<AlertRuleChangeOutput> {
    const rule = await loadOwnAlertRule(tx, account.uid, input.alertRuleId);
    checkRuleFields(rule.resourceType as AlertResourceType, input);
    const { alertRuleId: _, ...fields } = input;
    await tx
      .update(alertRules)
      .set({
        ...fields,
        breachStreak: 0,
        missingStreak: 0,
        evaluatedUntil: nextEvaluation(rule.evaluatedUntil, ctx.now, input.periodSeconds),
      })
      .where(eq(alertRules.id, rule.id));
    return changed(rule);
  },
  resource: (input, output) => watched(output) ?? { type: "alert_rule", id: input.alertRuleId },
});

/** Never before what was evaluated already (no period twice), aligned to the (new) period. */
function nextEvaluation(evaluatedUntil: Date, now: Date, periodSeconds: number): Date {
  const periodMs = periodSeconds * 1000;
  const from = Math.max(evaluatedUntil.getTime(), periodStartOf(now, periodSeconds).getTime());
  return new Date(Math.ceil(from / periodMs) * periodMs);
}

/** A disabled rule is not evaluated; enabled again, it starts at the current period, not where it stopped. */
export const setAlertRuleEnabled = defineOperation({
  action: "SetAlertRuleEnabled",
  kind: "write",
  input: setAlertRuleEnabledInput,
  async run({ tx, account, ctx }, input): Promise<AlertRuleChangeOutput> {
    const rule = await loadOwnAlertRule(tx, account.uid, input.alertRuleId);
    if (rule.enabled !== input.enabled) {
      await tx
        .update(alertRules)
        .set({
          enabled: input.enabled,
          breachStreak: 0,
          missingStreak: 0,
          evaluatedUntil: nextEvaluation(rule.evaluatedUntil, ctx.now, rule.periodSeconds),
        })
        .where(eq(alertRules.id, rule.id));
    }
    return changed(rule);
  },
  resource: (input, output) => watched(output) ?? { type: "alert_rule", id: input.alertRuleId },
});

/** The rule and its pending deliveries go; its history stays with the resource. */
export const deleteAlertRule = defineOperation({
  action: "DeleteAlertRule",
  kind: "write",
  input: deleteAlertRuleInput,
  async run({ tx, account }, input): Promise<AlertRuleChangeOutput> {
    const rule = await loadOwnAlertRule(tx, account.uid, input.alertRuleId);
    await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.ruleId, rule.id));
    const deleted = affectedRows(await tx.delete(alertRules).where(eq(alertRules.id, rule.id)));
    if (deleted !== 1) throw domainError("ResourceNotFound", { args: [rule.id], field: "alertRuleId" });
    return changed(rule);
  },
  resource: (input, output) => watched(output) ?? { type: "alert_rule", id: input.alertRuleId },
});

export type DescribeAlertsOutput = {
  resourceType: AlertResourceType;
  resourceId: string;
  /** The metrics a new rule on this resource may watch. */
  metrics: string[];
  /** The rules. */
  items: AlertRuleDto[];
  history: AlertHistoryDto[];
  deliveries: WebhookDeliveryDto[];
};

/** The caller's own rules on a resource it may alert on, their newest state changes and deliveries. */
export const describeAlerts = defineOperation({
  action: "DescribeAlerts",
  kind: "read",
  input: describeAlertsInput,
  async run({ tx, account }, input): Promise<DescribeAlertsOutput> {
    const resource = await loadAlertableResource(tx, account.uid, input.resourceType, input.resourceId);
    const rules = await tx
      .select()
      .from(alertRules)
      .where(
        and(
          eq(alertRules.ownerUid, account.uid),
          eq(alertRules.resourceType, resource.type),
          eq(alertRules.resourceId, resource.id),
        ),
      )
      .orderBy(alertRules.createdAt, alertRules.id);
    return {
      resourceType: resource.type,
      resourceId: resource.id,
      metrics: alertMetricsOf(resource.type),
      items: rules.map(alertRuleDto),
      history: await historyOf(tx, account.uid, resource.type, resource.id),
      deliveries: await deliveriesOf(
        tx,
        rules.map((r) => r.id),
      ),
    };
  },
});

async function historyOf(
  tx: Tx,
  ownerUid: string,
  type: AlertResourceType,
  id: string,
): Promise<AlertHistoryDto[]> {
  const rows = await tx
    .select()
    .from(alertHistory)
    .where(
      and(
        eq(alertHistory.ownerUid, ownerUid),
        eq(alertHistory.resourceType, type),
        eq(alertHistory.resourceId, id),
      ),
    )
    .orderBy(desc(alertHistory.at), desc(alertHistory.id))
    .limit(HISTORY_SHOWN);
  return rows.map(alertHistoryDto);
}

async function deliveriesOf(tx: Tx, ruleIds: string[]): Promise<WebhookDeliveryDto[]> {
  if (ruleIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.ruleId, ruleIds))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(DELIVERIES_SHOWN);
  return rows.map(webhookDeliveryDto);
}

export const ALERT_OPERATIONS = {
  CreateAlertRule: createAlertRule,
  ModifyAlertRule: modifyAlertRule,
  SetAlertRuleEnabled: setAlertRuleEnabled,
  DeleteAlertRule: deleteAlertRule,
  DescribeAlerts: describeAlerts,
} as const;
