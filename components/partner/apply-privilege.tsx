"use client";

import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { dateTimeText } from "@/components/ui/date-time";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { applyPrivilegeAction } from "@/lib/console/actions/privileges";
import { PRIVILEGE_QUOTA_ID, privilegeWindow } from "@/lib/domain/privilege";
import { applyPrivilegeInput } from "@/lib/inputs/privileges";

type Values = {
  quotaId: typeof PRIVILEGE_QUOTA_ID;
  value: "valid" | "invalid";
  reason: string;
  notifyResult: boolean;
};

/** Quota Center "Apply" for ec/can_buy_1G_vpconn, with the real console's dialog fields. */
export function ApplyPrivilege({ disabledReason }: { disabledReason?: string }) {
  const t = useTranslations("quotaCenter");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  const when = (d: Date) => dateTimeText(format, d, timeZone);
  return (
    <ActionDialog
      trigger={{ label: t("apply"), disabledReason }}
      title={t("dialogTitle")}
      wide
      initialValues={(): Values => ({
        quotaId: PRIVILEGE_QUOTA_ID,
        value: "valid",
        reason: "",
        notifyResult: false,
      })}
      fields={["value", "reason", "notifyResult"]}
      input={(values) => values}
      schema={applyPrivilegeInput}
      action={applyPrivilegeAction}
      success={(_data, values) => (values.value === "valid" ? t("granted") : t("revoked"))}
    >
      {({ values, set, error }) => {
        // A preview by the browser's clock; the operation grants the window by the server's.
        const window = privilegeWindow(new Date());
        return (
          <>
            <dl className="mb-4 grid grid-cols-[10rem_1fr] gap-y-2">
              <dt className="text-slate-500">{t("quotaId")}</dt>
              <dd className="font-mono">{PRIVILEGE_QUOTA_ID}</dd>
              <dt className="text-slate-500">{t("description")}</dt>
              <dd>{t("quotaName")}</dd>
            </dl>
            <fieldset className="mb-4">
              <legend className="mb-1 font-medium text-slate-700">{t("quotaValue")}</legend>
              <div className="flex gap-6">
                {(["valid", "invalid"] as const).map((option) => (
                  <label key={option} className="inline-flex items-center gap-2">
                    <input
                      type="radio"
                      name="value"
                      checked={values.value === option}
                      onChange={() => set("value", option)}
                    />
                    {t(`values.${option}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            {values.value === "valid" ? (
              <p className="mb-4">
                <span className="block font-medium text-slate-700">{t("time")}</span>
                {t("window", { from: when(window.validFrom), until: when(window.validUntil) })}
                <span className="block text-xs text-slate-500">{t("timeHint")}</span>
              </p>
            ) : null}
            <Field label={t("reason")} hint={t("reasonHint")} error={error("reason")}>
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  required
                  maxLength={1000}
                  value={values.reason}
                  onChange={(e) => set("reason", e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
            <fieldset className="mb-4">
              <legend className="mb-1 font-medium text-slate-700">{t("notifyResult")}</legend>
              <div className="flex gap-6">
                {([true, false] as const).map((option) => (
                  <label key={String(option)} className="inline-flex items-center gap-2">
                    <input
                      type="radio"
                      name="notifyResult"
                      checked={values.notifyResult === option}
                      onChange={() => set("notifyResult", option)}
                    />
                    {option ? t("yes") : t("no")}
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        );
      }}
    </ActionDialog>
  );
}
