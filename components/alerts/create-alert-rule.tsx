"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { createAlertRuleAction } from "@/lib/console/actions/alerts";
import {
  ALERT_COMPARISONS,
  ALERT_PERIODS,
  ALERT_STATISTICS,
  type AlertComparison,
  type AlertResourceType,
  type AlertStatistic,
  LINK_METRIC,
} from "@/lib/domain/alerts";
import { createAlertRuleInput } from "@/lib/inputs/alerts";

const MUTE_CHOICES = [300, 900, 3600, 4 * 3600, 24 * 3600] as const;
const FIELDS = [
  "name",
  "metric",
  "statistic",
  "comparison",
  "threshold",
  "periodSeconds",
  "consecutivePeriods",
  "effectiveFrom",
  "effectiveTo",
  "muteSeconds",
  "webhookUrls",
] as const;

type Values = {
  name: string;
  metric: string;
  statistic: AlertStatistic;
  comparison: AlertComparison;
  threshold: string;
  periodSeconds: number;
  consecutivePeriods: string;
  effectiveFrom: string;
  effectiveTo: string;
  muteSeconds: number;
  notifyConsole: boolean;
  webhookUrls: string;
};

/**
 * "Create Alert Rule" on a shared port, VBR or circuit. Link state watches for a link down, so its
 * condition is fixed. A rule's webhook secret is shown once, after creation, to copy into the receiver.
 */
export function CreateAlertRule({
  resourceType,
  resourceId,
  resourceLabel,
  metrics,
}: {
  resourceType: AlertResourceType;
  resourceId: string;
  resourceLabel: string;
  metrics: string[];
}) {
  const t = useTranslations("alerts");
  const button = useRef<HTMLElement | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <span
        ref={(span) => {
          button.current = span?.querySelector("button") ?? null;
        }}
      >
        <ActionDialog
          trigger={{
            label: t("create"),
            ariaLabel: t("createFor", { resource: resourceLabel }),
            variant: "primary",
          }}
          title={t("createTitle")}
          description={t("createBody", { resource: resourceLabel })}
          wide
          initialValues={(): Values => ({
            name: "",
            metric: metrics[0] ?? "",
            statistic: "Average",
            comparison: "GreaterThanThreshold",
            threshold: "",
            periodSeconds: 60,
            consecutivePeriods: "3",
            effectiveFrom: "00:00",
            effectiveTo: "23:59",
            muteSeconds: 24 * 3600,
            notifyConsole: true,
            webhookUrls: "",
          })}
          fields={FIELDS}
          schema={createAlertRuleInput}
          input={(values) => {
            const link = values.metric === LINK_METRIC;
            return {
              resourceType,
              resourceId,
              name: values.name.trim(),
              metric: values.metric,
              statistic: link ? "Minimum" : values.statistic,
              comparison: link ? "LessThanThreshold" : values.comparison,
              ...(link
                ? { threshold: 1 }
                : values.threshold.trim() === ""
                  ? {}
                  : { threshold: Number(values.threshold) }),
              periodSeconds: values.periodSeconds as (typeof ALERT_PERIODS)[number],
              consecutivePeriods: Number(values.consecutivePeriods),
              effectiveFrom: values.effectiveFrom,
              effectiveTo: values.effectiveTo,
              muteSeconds: values.muteSeconds,
              notifyConsole: values.notifyConsole,
              webhookUrls: values.webhookUrls
                .split("\n")
                .map((line) => line.trim())
                .filter(Boolean),
            };
          }}
          action={createAlertRuleAction}
          onSuccess={(data) => setSecret(data.webhookSecret)}
          success={(_, values) => t("created", { name: values.name.trim() })}
          submitLabel={t("createSubmit")}
        >
          {({ values, set, error }) => {
            const link = values.metric === LINK_METRIC;
            return (
              <>
                <Field label={t("name")} error={error("name")}>
                  {(p) => (
                    <input
                      {...p}
                      autoComplete="off"
                      maxLength={64}
                      value={values.name}
                      onChange={(e) => set("name", e.target.value)}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field label={t("metric")} error={error("metric")}>
                  {(p) => (
                    <select
                      {...p}
                      value={values.metric}
                      onChange={(e) => set("metric", e.target.value)}
                      className={inputClass}
                    >
                      {metrics.map((metric) => (
                        <option key={metric} value={metric}>
                          {t(`metrics.${metric}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {link ? (
                  <p className="mb-4 rounded bg-slate-50 px-3 py-2 text-slate-700">{t("linkCondition")}</p>
                ) : (
                  <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-3">
                    <Field label={t("statistic")} error={error("statistic")}>
                      {(p) => (
                        <select
                          {...p}
                          value={values.statistic}
                          onChange={(e) => set("statistic", e.target.value as AlertStatistic)}
                          className={inputClass}
                        >
                          {ALERT_STATISTICS.map((s) => (
                            <option key={s} value={s}>
                              {t(`statistics.${s}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field label={t("comparison")} error={error("comparison")}>
                      {(p) => (
                        <select
                          {...p}
                          value={values.comparison}
                          onChange={(e) => set("comparison", e.target.value as AlertComparison)}
                          className={inputClass}
                        >
                          {ALERT_COMPARISONS.map((c) => (
                            <option key={c} value={c}>
                              {t(`comparisons.${c}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field
                      label={t("threshold")}
                      hint={t(`units.${values.metric.startsWith("Rate") ? "bits" : "packets"}`)}
                      error={error("threshold")}
                    >
                      {(p) => (
                        <input
                          {...p}
                          type="number"
                          inputMode="decimal"
                          value={values.threshold}
                          onChange={(e) => set("threshold", e.target.value)}
                          className={inputClass}
                        />
                      )}
                    </Field>
                  </div>
                )}
                <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
                  <Field label={t("period")} error={error("periodSeconds")}>
                    {(p) => (
                      <select
                        {...p}
                        value={values.periodSeconds}
                        onChange={(e) => set("periodSeconds", Number(e.target.value))}
                        className={inputClass}
                      >
                        {ALERT_PERIODS.map((seconds) => (
                          <option key={seconds} value={seconds}>
                            {t("minutes", { count: seconds / 60 })}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field
                    label={t("consecutivePeriods")}
                    hint={t("consecutiveHint")}
                    error={error("consecutivePeriods")}
                  >
                    {(p) => (
                      <input
                        {...p}
                        type="number"
                        min={1}
                        max={30}
                        value={values.consecutivePeriods}
                        onChange={(e) => set("consecutivePeriods", e.target.value)}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field label={t("effectiveFrom")} hint={t("effectiveHint")} error={error("effectiveFrom")}>
                    {(p) => (
                      <input
                        {...p}
                        type="time"
                        value={values.effectiveFrom}
                        onChange={(e) => set("effectiveFrom", e.target.value)}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field label={t("effectiveTo")} error={error("effectiveTo")}>
                    {(p) => (
                      <input
                        {...p}
                        type="time"
                        value={values.effectiveTo}
                        onChange={(e) => set("effectiveTo", e.target.value)}
                        className={inputClass}
                      />
                    )}
                  </Field>
                </div>
                <Field label={t("mute")} hint={t("muteHint")} error={error("muteSeconds")}>
                  {(p) => (
                    <select
                      {...p}
                      value={values.muteSeconds}
                      onChange={(e) => set("muteSeconds", Number(e.target.value))}
                      className={inputClass}
                    >
                      {MUTE_CHOICES.map((seconds) => (
                        <option key={seconds} value={seconds}>
                          {seconds < 3600
                            ? t("minutes", { count: seconds / 60 })
                            : t("hours", { count: seconds / 3600 })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <fieldset className="mb-4">
                  <legend className="mb-1 font-medium text-slate-700">{t("contacts")}</legend>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={values.notifyConsole}
                      onChange={(e) => set("notifyConsole", e.target.checked)}
                    />
                    {t("notifyConsole")}
                  </label>
                </fieldset>
                <Field label={t("webhookUrls")} hint={t("webhookHint")} error={error("webhookUrls")}>
                  {(p) => (
                    <textarea
                      {...p}
                      rows={2}
                      spellCheck={false}
                      value={values.webhookUrls}
                      onChange={(e) => set("webhookUrls", e.target.value)}
                      className={`${inputClass} font-mono`}
                    />
                  )}
                </Field>
              </>
            );
          }}
        </ActionDialog>
      </span>
      <Dialog
        open={secret !== null}
        onOpenChange={(open) => (open ? undefined : setSecret(null))}
        title={t("secretTitle")}
        wide
        returnFocusTo={button}
      >
        {secret ? (
          <>
            <p role="note" className="mb-4 flex gap-2 rounded bg-amber-50 px-3 py-2 text-amber-900">
              <TriangleAlert aria-hidden size={16} className="mt-0.5 shrink-0" />
              <span>{t("secretWarning")}</span>
            </p>
            <p className="mb-1 font-medium text-slate-700">{t("secret")}</p>
            <p className="mb-4 flex items-center gap-1 break-all rounded bg-slate-50 px-3 py-2 font-mono">
              <span>{secret}</span>
              <CopyButton value={secret} />
            </p>
            <div className="flex justify-end">
              <Button variant="primary" onClick={() => setSecret(null)}>
                {t("done")}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
