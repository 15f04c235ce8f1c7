"use client";

import { useTranslations } from "next-intl";
import { PurchaseDialog } from "@/components/billing/purchase-dialog";
import type { TenantPort } from "@/lib/console/tenant-port";

/**
 * "Confirm Order": region, specification, demo price and period of the port usage fee, then "Buy Now".
 * Opened by its Pay button (`pay`, while the port waits for payment) and right after Accept.
 */
export function ConfirmOrder({
  port,
  pay,
  open,
  onOpenChange,
  onPaid,
}: {
  port: TenantPort;
  pay?: { disabledReason?: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPaid: () => void;
}) {
  const t = useTranslations("buy");
  const ta = useTranslations("tenantActions");
  const name = port.name ?? port.id;
  return (
    <PurchaseDialog
      port={port}
      trigger={pay ? { label: ta("pay"), ariaLabel: ta("payLabel", { name }), ...pay } : undefined}
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("intro", { id: port.id, partner: port.partnerName })}
      wide
      notice={<p className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("demoPricing")}</p>}
      success={t("paid", { id: port.id })}
      onSuccess={onPaid}
      submitLabel={t("buyNow")}
      pendingLabel={t("paying")}
    />
  );
}
