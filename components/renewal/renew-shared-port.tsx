"use client";

import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { useId } from "react";
import { inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { dateTimeText } from "@/components/ui/date-time";
import { renewSharedPortAction } from "@/lib/console/actions/renewal";
import { formatMoney } from "@/lib/console/money";
import { DEMO_PRICE_LIST, orderAmountCents, PRICING_CYCLES, type PricingCycle } from "@/lib/domain/billing";
import type { Spec } from "@/lib/domain/enums";
import { renewal } from "@/lib/domain/subscription";
import { formatSpec } from "@/lib/format";
import { RENEWAL_PERIODS, renewHostedConnectionInput } from "@/lib/inputs/orders";

/** What the Renew dialog needs of a paid shared port. */
export type RenewablePort = {
  id: string;
  name: string | null;
  regionId: string;
  spec: Spec;
  endTime: string;
};

type Term = { cycle: PricingCycle; period: number };

/**
 * "Renew": the payer chooses a period, sees the price and the new expiry (the same rules the order uses),
 * and pays. The order is refused, nothing charged, unless it costs what the dialog showed.
 */
export function RenewSharedPort({ port, disabledReason }: { port: RenewablePort; disabledReason?: string }) {
  const t = useTranslations("renewal");
  const tp = useTranslations("purchase");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  const cycleId = useId();
  const periodId = useId();
  const name = port.name ?? port.id;
  const when = (value: string | Date) => dateTimeText(format, value, timeZone);
  const bought = (term: Term) =>
    renewal({ spec: port.spec, endTime: new Date(port.endTime) }, { period: term.period, cycle: term.cycle });
  return (
    <ActionDialog
      trigger={{ label: t("renew"), ariaLabel: t("renewLabel", { name }), disabledReason }}
      title={t("title")}
      description={t("body", { name, until: when(port.endTime) })}
      initialValues={(): Term => ({ cycle: "Month", period: 1 })}
      input={(term) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        pricingCycle: term.cycle,
        period: term.period,
        expectedSpec: port.spec,
        expectedAmountCents: orderAmountCents(port.spec, term.period, term.cycle),
      })}
      schema={renewHostedConnectionInput}
      action={renewSharedPortAction}
      submitLabel={t("pay")}
      success={(data) => t("renewed", { name, until: when(data.endTime) })}
    >
      {({ values, set }) => {
        const next = bought(values);
        return (
          <div>
            <div className="mb-4 grid grid-cols-2 gap-4">
              <div>
                <label htmlFor={cycleId} className="mb-1 block font-medium text-slate-700">
                  {tp("cycle")}
                </label>
                <select
                  id={cycleId}
                  value={values.cycle}
                  onChange={(e) => {
                    set("cycle", e.target.value as PricingCycle);
                    set("period", 1);
                  }}
                  className={inputClass}
                >
                  {PRICING_CYCLES.map((cycle) => (
                    <option key={cycle} value={cycle}>
                      {tp(`cycles.${cycle}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={periodId} className="mb-1 block font-medium text-slate-700">
                  {tp("period")}
                </label>
                <select
                  id={periodId}
                  value={values.period}
                  onChange={(e) => set("period", Number(e.target.value))}
                  className={inputClass}
                >
                  {RENEWAL_PERIODS[values.cycle].map((n) => (
                    <option key={n} value={n}>
                      {tp(`periods.${values.cycle}`, { count: n })}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-slate-50 p-3">
              <dt className="text-slate-500">{tp("specification")}</dt>
              <dd>{formatSpec(port.spec)}</dd>
              <dt className="text-slate-500">{t("expiresNow")}</dt>
              <dd>{when(port.endTime)}</dd>
              <dt className="text-slate-500">{t("expiresAfter")}</dt>
              <dd>{when(next.until)}</dd>
            </dl>
            <p className="text-lg">
              {tp("total")}:{" "}
              <strong>{formatMoney(format, next.amountCents, DEMO_PRICE_LIST.currency)}</strong>
            </p>
            <p className="mt-1 text-xs text-slate-500">{t("pricedNote")}</p>
          </div>
        );
      }}
    </ActionDialog>
  );
}
