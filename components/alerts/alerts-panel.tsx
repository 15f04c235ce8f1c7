import { getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { AlertResourceType, AlertState } from "@/lib/domain/alerts";
import { describeAlerts } from "@/lib/server/alerts/operations";
import type { WebhookDeliveryStatus } from "@/lib/server/alerts/records";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { AlertRuleActions } from "./alert-rule-actions";
import { CreateAlertRule } from "./create-alert-rule";

const STATE_TONE: Record<AlertState, "success" | "danger" | "neutral"> = {
  OK: "success",
  Alarm: "danger",
  InsufficientData: "neutral",
};
const DELIVERY_TONE: Record<WebhookDeliveryStatus, "success" | "danger" | "warning"> = {
  delivered: "success",
  failed: "danger",
  pending: "warning",
};
const COMPARISON_SIGN = {
  GreaterThanOrEqualToThreshold: "≥",
  GreaterThanThreshold: ">",
  LessThanOrEqualToThreshold: "≤",
  LessThanThreshold: "<",
} as const;

/**
 * The Alerts tab's content for one resource: the caller's rules on it with their state, Create Alert Rule,
 * the alert history (state changes with the values that caused them) and the webhook delivery log.
 */
export async function AlertsPanel({
  ctx,
  resourceType,
  resourceId,
  heading,
}: {
  ctx: ConsoleContext;
  resourceType: AlertResourceType;
  resourceId: string;
  /** The resource as the heading names it: "Shared port acme-hz-prod". */
  heading: string;
}) {
  const t = await getTranslations("alerts");
  const number = new Intl.NumberFormat(await getLocale(), { maximumFractionDigits: 2 });
  const alerts = await readForPage(ctx, describeAlerts, { resourceType, resourceId });
  const headingId = `alerts-${resourceId}`;
  const ruleName = new Map(alerts.items.map((r) => [r.id, r.name]));
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="font-semibold">
          {heading}
        </h2>
        <div className="ml-auto">
          <CreateAlertRule
            resourceType={resourceType}
            resourceId={resourceId}
            resourceLabel={heading}
            metrics={alerts.metrics}
          />
        </div>
      </div>
      <Table label={t("rulesTable", { resource: heading })}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("condition")}</Th>
            <Th>{t("state")}</Th>
            <Th>{t("lastValue")}</Th>
            <Th>{t("contacts")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {alerts.items.length === 0 ? (
            <EmptyRow colSpan={7}>{t("noRules")}</EmptyRow>
          ) : (
            alerts.items.map((rule) => (
              <tr key={rule.id}>
                <Td>
                  <span translate="no">{rule.name}</span>
                  <div className="font-mono text-xs text-slate-500">{rule.id}</div>
                </Td>
                <Td>
                  {t(`metrics.${rule.metric}`)}
                  <div className="text-xs text-slate-500">
                    {t("conditionText", {
                      statistic: t(`statistics.${rule.statistic}`),
                      sign: COMPARISON_SIGN[rule.comparison],
                      threshold: number.format(rule.threshold),
                      periods: rule.consecutivePeriods,
                      minutes: rule.periodSeconds / 60,
                    })}
                  </div>
                </Td>
                <Td>
                  <StatusBadge tone={STATE_TONE[rule.state]}>{t(`states.${rule.state}`)}</StatusBadge>
                </Td>
                <Td>{rule.lastValue === null ? "—" : number.format(rule.lastValue)}</Td>
                <Td>
                  {[
                    rule.notifyConsole ? t("notifyConsoleShort") : null,
                    rule.webhookUrls.length > 0
                      ? t("webhookCount", { count: rule.webhookUrls.length })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(", ") || "—"}
                </Td>
                <Td>{rule.enabled ? t("enabled") : t("disabled")}</Td>
                <Td>
                  <AlertRuleActions rule={rule} />
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <h3 className="mt-6 mb-2 font-medium">{t("history")}</h3>
      <Table label={t("historyTable", { resource: heading })}>
        <thead>
          <tr>
            <Th>{t("time")}</Th>
            <Th>{t("name")}</Th>
            <Th>{t("change")}</Th>
            <Th>{t("value")}</Th>
          </tr>
        </thead>
        <tbody>
          {alerts.history.length === 0 ? (
            <EmptyRow colSpan={4}>{t("noHistory")}</EmptyRow>
          ) : (
            alerts.history.map((entry) => (
              <tr key={entry.id}>
                <Td>
                  <DateTime value={entry.at} />
                </Td>
                <Td>
                  <span translate="no">{entry.ruleName}</span>
                </Td>
                <Td>
                  {t("changeText", {
                    from: t(`states.${entry.fromState}`),
                    to: t(`states.${entry.toState}`),
                  })}
                </Td>
                <Td>
                  {entry.value === null ? "—" : number.format(entry.value)} / {number.format(entry.threshold)}
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <h3 className="mt-6 mb-2 font-medium">{t("deliveries")}</h3>
      <Table label={t("deliveriesTable", { resource: heading })}>
        <thead>
          <tr>
            <Th>{t("time")}</Th>
            <Th>{t("name")}</Th>
            <Th>{t("event")}</Th>
            <Th>{t("url")}</Th>
            <Th>{t("deliveryStatus")}</Th>
            <Th>{t("attempts")}</Th>
            <Th>{t("lastResponse")}</Th>
          </tr>
        </thead>
        <tbody>
          {alerts.deliveries.length === 0 ? (
            <EmptyRow colSpan={7}>{t("noDeliveries")}</EmptyRow>
          ) : (
            alerts.deliveries.map((d) => (
              <tr key={d.id}>
                <Td>
                  <DateTime value={d.createdAt} />
                </Td>
                <Td>
                  <span translate="no">{ruleName.get(d.ruleId) ?? d.ruleId}</span>
                </Td>
                <Td>{t(`events.${d.event === "alertResolved" ? "alertResolved" : "alertFiring"}`)}</Td>
                <Td className="font-mono text-xs break-all">{d.url}</Td>
                <Td>
                  <StatusBadge tone={DELIVERY_TONE[d.status]}>
                    {t(`deliveryStatuses.${d.status}`)}
                  </StatusBadge>
                </Td>
                <Td>{d.attempts}</Td>
                <Td>{d.lastResponseStatus ?? d.lastError ?? "—"}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </section>
  );
}
