"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useAction } from "@/components/ui/use-action";
import { modifyOutboundTransferBillingAction } from "@/lib/console/actions/outbound-billing";

/** The account's "outbound data transfer billing" switch; a transform to shared port waits for it. */
export function OutboundBillingSwitch({ enabled }: { enabled: boolean }) {
  const t = useTranslations("outboundBilling");
  const hint = useId();
  const { run, pending } = useAction(modifyOutboundTransferBillingAction, {
    success: (data) => (data.enabled ? t("enabledToast") : t("disabledToast")),
  });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-describedby={hint}
        disabled={pending}
        onClick={() => run({ enabled: !enabled })}
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition disabled:opacity-50 ${
          enabled ? "bg-brand-600" : "bg-slate-300"
        }`}
      >
        <span className="sr-only">{t("switch")}</span>
        <span
          aria-hidden
          className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${enabled ? "translate-x-5" : "translate-x-0.5"}`}
        />
      </button>
      <span className="font-medium">{enabled ? t("on") : t("off")}</span>
      <span id={hint} className="text-slate-500">
        {t("hint")}
      </span>
    </div>
  );
}
