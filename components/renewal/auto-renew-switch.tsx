"use client";

import { useTranslations } from "next-intl";
import { useAction } from "@/components/ui/use-action";
import { setAutoRenewAction } from "@/lib/console/actions/renewal";

/**
 * The payer's auto-renewal switch of one port: on, the port renews for the last term bought when its
 * period ends. Anyone else sees the setting, not a switch.
 */
export function AutoRenewSwitch({
  port,
  disabledReason,
}: {
  port: { id: string; name: string | null; regionId: string; autoRenew: boolean };
  disabledReason?: string;
}) {
  const t = useTranslations("renewal");
  const name = port.name ?? port.id;
  const { run, pending } = useAction(setAutoRenewAction, {
    success: (data) => t(data.autoRenew ? "autoRenewOn" : "autoRenewOff", { name }),
  });
  const disabled = pending || disabledReason !== undefined;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={port.autoRenew}
        aria-label={t("autoRenewLabel", { name })}
        title={disabledReason}
        disabled={disabled}
        onClick={() =>
          run({ regionId: port.regionId, physicalConnectionId: port.id, autoRenew: !port.autoRenew })
        }
        className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors disabled:opacity-50 ${
          port.autoRenew ? "bg-brand-600" : "bg-slate-300"
        }`}
      >
        <span
          className={`inline-block h-4 w-4 rounded-full bg-white shadow transition-transform ${
            port.autoRenew ? "translate-x-4" : "translate-x-0.5"
          }`}
        />
      </button>
      <span>{t(port.autoRenew ? "on" : "off")}</span>
      {disabledReason ? <span className="text-xs text-slate-500">{disabledReason}</span> : null}
    </span>
  );
}
