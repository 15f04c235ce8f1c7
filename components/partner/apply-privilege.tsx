"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { applyPrivilegeAction } from "@/app/(console)/[region]/quota-center/actions";
import { Field, fieldRefusal, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { privilegeWindow } from "@/lib/domain/privilege";

/** Quota Center "Apply" for ec/can_buy_1G_vpconn, with the real console's dialog fields. */
export function ApplyPrivilege({ quotaId, disabledReason }: { quotaId: string; disabledReason?: string }) {
  const t = useTranslations("quotaCenter");
  const tc = useTranslations("dialog");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<"valid" | "invalid">("valid");
  const [reason, setReason] = useState("");
  const [notifyResult, setNotifyResult] = useState(false);
  const [error, setError] = useState<{ code: string; message: string; field?: string } | null>(null);
  const mutation = useConsoleAction(applyPrivilegeAction, {
    success: value === "valid" ? t("granted") : t("revoked"),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  const window = privilegeWindow(new Date());
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const reasonError = fieldRefusal(error, "reason");
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("apply")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("dialogTitle")} wide>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            mutation.mutate({ quotaId, value, reason, notifyResult });
          }}
        >
          {error && !reasonError ? <ErrorNotice error={error} /> : null}
          <dl className="mb-4 grid grid-cols-[10rem_1fr] gap-y-2">
            <dt className="text-slate-500">{t("quotaId")}</dt>
            <dd className="font-mono">{quotaId}</dd>
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
                    checked={value === option}
                    onChange={() => setValue(option)}
                  />
                  {t(`values.${option}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {value === "valid" ? (
            <p className="mb-4">
              <span className="block font-medium text-slate-700">{t("time")}</span>
              {t("window", { from: when(window.validFrom), until: when(window.validUntil) })}
              <span className="block text-xs text-slate-500">{t("timeHint")}</span>
            </p>
          ) : null}
          <Field label={t("reason")} hint={t("reasonHint")} error={reasonError}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                required
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
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
                    checked={notifyResult === option}
                    onChange={() => setNotifyResult(option)}
                  />
                  {option ? t("yes") : t("no")}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              {mutation.isPending ? tc("working") : tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
