"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { inputClass } from "@/components/forms/field";
import {
  DEMO_PRICE_LIST,
  orderAmountCents,
  PERIOD_LIMITS,
  PRICING_CYCLES,
  type PricingCycle,
} from "@/lib/domain/billing";
import type { Spec } from "@/lib/domain/enums";
import { formatSpec } from "@/lib/format";

export type Purchase = { pricingCycle: PricingCycle; period: number; autoRenew: boolean };

/** What a purchase dialog opens with: one month, no auto-renewal. */
export const FIRST_PURCHASE: Purchase = { pricingCycle: "Month", period: 1, autoRenew: false };

/** Period, auto-renew and the price they cost, computed by the same billing rules as the order. */
export function PurchaseForm({
  spec,
  regionName,
  value,
  onChange,
}: {
  spec: Spec;
  regionName: string;
  value: Purchase;
  onChange: (value: Purchase) => void;
}) {
  const t = useTranslations("purchase");
  const format = useFormatter();
  const cycleId = useId();
  const periodId = useId();
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: DEMO_PRICE_LIST.currency });
  const total = orderAmountCents(spec, value.period, value.pricingCycle);
  return (
    <div>
      <dl className="mb-4 grid grid-cols-2 gap-y-2 rounded border border-slate-200 bg-slate-50 p-3">
        <dt className="text-slate-500">{t("region")}</dt>
        <dd>{regionName}</dd>
        <dt className="text-slate-500">{t("specification")}</dt>
        <dd>{formatSpec(spec)}</dd>
        <dt className="text-slate-500">{t("fee")}</dt>
        <dd>{t("feeValue")}</dd>
      </dl>
      <div className="mb-4 grid grid-cols-2 gap-4">
        <div>
          <label htmlFor={cycleId} className="mb-1 block font-medium text-slate-700">
            {t("cycle")}
          </label>
          <select
            id={cycleId}
            value={value.pricingCycle}
            onChange={(e) => onChange({ ...value, pricingCycle: e.target.value as PricingCycle, period: 1 })}
            className={inputClass}
          >
            {PRICING_CYCLES.map((cycle) => (
              <option key={cycle} value={cycle}>
                {t(`cycles.${cycle}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={periodId} className="mb-1 block font-medium text-slate-700">
            {t("period")}
          </label>
          <select
            id={periodId}
            value={value.period}
            onChange={(e) => onChange({ ...value, period: Number(e.target.value) })}
            className={inputClass}
          >
            {Array.from({ length: PERIOD_LIMITS[value.pricingCycle] }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {t(`periods.${value.pricingCycle}`, { count: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="mb-4 inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={value.autoRenew}
          onChange={(e) => onChange({ ...value, autoRenew: e.target.checked })}
        />
        {t("autoRenew")}
      </label>
      <p className="text-lg">
        {t("total")}: <strong>{money(total)}</strong>
      </p>
      <p className="mt-1 text-xs text-slate-500">{DEMO_PRICE_LIST.notice}</p>
    </div>
  );
}
