// The inputs of the Alerts tab's dialogs and reads, exactly as their operations parse them.
import { z } from "zod";
import {
  ALERT_COMPARISONS,
  ALERT_PERIODS,
  ALERT_RESOURCE_TYPES,
  ALERT_STATISTICS,
  EFFECTIVE_TIME_PATTERN,
  MAX_CONSECUTIVE_PERIODS,
  MAX_MUTE_SECONDS,
  MAX_WEBHOOKS,
  MIN_MUTE_SECONDS,
} from "../domain/alerts";
import { requiredIdSchema } from "./ids";

const effectiveTime = z.string().trim().regex(EFFECTIVE_TIME_PATTERN);

/** What a rule watches and when it fires: the fields Create and Modify share. */
const alertRuleFields = {
  name: z.string().trim().min(1).max(64),
  metric: z.string().trim().min(1).max(64),
  statistic: z.enum(ALERT_STATISTICS),
  comparison: z.enum(ALERT_COMPARISONS),
  threshold: z.number().finite().min(-1e15).max(1e15),
  periodSeconds: z.union(ALERT_PERIODS.map((p) => z.literal(p))).default(60),
  consecutivePeriods: z.number().int().min(1).max(MAX_CONSECUTIVE_PERIODS).default(3),
  effectiveFrom: effectiveTime.default("00:00"),
  effectiveTo: effectiveTime.default("23:59"),
  muteSeconds: z.number().int().min(MIN_MUTE_SECONDS).max(MAX_MUTE_SECONDS).default(MAX_MUTE_SECONDS),
  notifyConsole: z.boolean().default(true),
  webhookUrls: z.array(z.string().trim().min(1).max(2048)).max(MAX_WEBHOOKS).default([]),
};

/** CreateAlertRule: "Create Alert Rule" on a shared port, VBR or circuit. */
export const createAlertRuleInput = z.object({
  resourceType: z.enum(ALERT_RESOURCE_TYPES),
  resourceId: requiredIdSchema,
  ...alertRuleFields,
});

/** ModifyAlertRule: the same fields; the resource a rule watches never changes. */
export const modifyAlertRuleInput = z.object({ alertRuleId: requiredIdSchema, ...alertRuleFields });

/** SetAlertRuleEnabled: Enable and Disable. */
export const setAlertRuleEnabledInput = z.object({ alertRuleId: requiredIdSchema, enabled: z.boolean() });

/** DeleteAlertRule. */
export const deleteAlertRuleInput = z.object({ alertRuleId: requiredIdSchema });

/** DescribeAlerts: the caller's rules on one resource, its alert history and their webhook deliveries. */
export const describeAlertsInput = z.object({
  resourceType: z.enum(ALERT_RESOURCE_TYPES),
  resourceId: requiredIdSchema,
});
