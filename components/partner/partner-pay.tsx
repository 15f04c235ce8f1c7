"use client";

import { useTranslations } from "next-intl";
import { FIRST_PURCHASE, type Purchase, PurchaseForm } from "@/components/billing/purchase-form";
import { ActionDialog } from "@/components/ui/action-dialog";
import { buySharedPortAction } from "@/lib/console/actions/orders";
import { createPhysicalConnectionOccupancyOrderInput } from "@/lib/inputs/orders";
import type { SharedPortSummary } from "./shared-port-actions";

/** A partner that chose to pay buys the port's usage period, so the tenant only has to accept. */
export function PartnerPay({ port, disabledReason }: { port: SharedPortSummary; disabledReason?: string }) {
  const t = useTranslations("partnerActions");
  const name = port.name ?? port.id;
  return (
    <ActionDialog
      trigger={{ label: t("pay"), ariaLabel: t("payLabel", { name }), disabledReason }}
      title={t("payTitle")}
      description={t("payIntro", { name })}
      initialValues={(): { purchase: Purchase } => ({ purchase: FIRST_PURCHASE })}
      input={({ purchase }) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        ...purchase,
        autoPay: true,
      })}
      schema={createPhysicalConnectionOccupancyOrderInput}
      action={buySharedPortAction}
      success={t("paid", { name })}
      submitLabel={t("buyNow")}
    >
      {({ values, set }) => (
        <PurchaseForm
          spec={port.spec}
          regionName={port.regionId}
          value={values.purchase}
          onChange={(next) => set("purchase", next)}
        />
      )}
    </ActionDialog>
  );
}
