"use client";

import { useTranslations } from "next-intl";
import { PurchaseDialog } from "@/components/billing/purchase-dialog";
import type { SharedPortSummary } from "./shared-port-actions";

/** A partner that chose to pay buys the port's usage period, so the tenant only has to accept. */
export function PartnerPay({ port, disabledReason }: { port: SharedPortSummary; disabledReason?: string }) {
  const t = useTranslations("partnerActions");
  const name = port.name ?? port.id;
  return (
    <PurchaseDialog
      port={{ ...port, regionName: port.regionId }}
      trigger={{ label: t("pay"), ariaLabel: t("payLabel", { name }), disabledReason }}
      title={t("payTitle")}
      description={t("payIntro", { name })}
      success={t("paid", { name })}
      submitLabel={t("buyNow")}
    />
  );
}
