"use client";

import { useTranslations } from "next-intl";
import { FIRST_PURCHASE, type Purchase, PurchaseForm } from "@/components/billing/purchase-form";
import { ActionDialog } from "@/components/ui/action-dialog";
import { buySharedPortAction } from "@/lib/console/actions/orders";
import type { TenantPort } from "@/lib/console/tenant-port";
import { createPhysicalConnectionOccupancyOrderInput } from "@/lib/inputs/orders";

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
  return (
    <ActionDialog
      trigger={
        pay
          ? {
              label: ta("pay"),
              ariaLabel: ta("payLabel", { name: port.name ?? port.id }),
              disabledReason: pay.disabledReason,
            }
          : undefined
      }
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("intro", { id: port.id, partner: port.partnerName })}
      wide
      initialValues={(): { purchase: Purchase } => ({ purchase: FIRST_PURCHASE })}
      input={({ purchase }) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        ...purchase,
        autoPay: true,
      })}
      schema={createPhysicalConnectionOccupancyOrderInput}
      action={buySharedPortAction}
      success={t("paid", { id: port.id })}
      onSuccess={onPaid}
      submitLabel={t("buyNow")}
      pendingLabel={t("paying")}
    >
      {({ values, set }) => (
        <>
          <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("demoPricing")}</p>
          <PurchaseForm
            spec={port.spec}
            regionName={port.regionName}
            value={values.purchase}
            onChange={(next) => set("purchase", next)}
          />
        </>
      )}
    </ActionDialog>
  );
}
