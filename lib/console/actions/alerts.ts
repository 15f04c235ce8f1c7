"use server";

// The Alerts tab's actions: each runs one alert operation, which acts only on the caller's own rules and
// on resources of its own side.
import { runConsoleAction } from "@/lib/server/console-action";
import {
  createAlertRule,
  deleteAlertRule,
  modifyAlertRule,
  setAlertRuleEnabled,
} from "@/lib/server/alerts/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function createAlertRuleAction(input: OperationInput<typeof createAlertRule>) {
  return runConsoleAction(createAlertRule, input);
}

export async function modifyAlertRuleAction(input: OperationInput<typeof modifyAlertRule>) {
  return runConsoleAction(modifyAlertRule, input);
}

export async function setAlertRuleEnabledAction(input: OperationInput<typeof setAlertRuleEnabled>) {
  return runConsoleAction(setAlertRuleEnabled, input);
}

export async function deleteAlertRuleAction(input: OperationInput<typeof deleteAlertRule>) {
  return runConsoleAction(deleteAlertRule, input);
}
