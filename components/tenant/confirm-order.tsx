"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buySharedPortAction } from "@/app/(console)/[region]/physical-connection/actions";
import { type Purchase, PurchaseForm } from "@/components/billing/purchase-form";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import type { TenantPort } from "@/lib/console/tenant-port";

const FIRST_PURCHASE: Purchase = { pricingCycle: "Month", period: 1, autoRenew: false };

/** "Confirm Order": region, specification, demo price and period of the port usage fee, then "Buy Now". */
export function ConfirmOrder({
  port,
  open,
  onOpenChange,
  onPaid,
}: {
  port: TenantPort;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPaid: () => void;
}) {
  const t = useTranslations("buy");
  const tc = useTranslations("dialog");
  const [purchase, setPurchase] = useState(FIRST_PURCHASE);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const buy = useConsoleAction(buySharedPortAction, {
    success: t("paid", { id: port.id }),
    onSuccess: () => {
      setError(null);
      onPaid();
    },
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("intro", { id: port.id, partner: port.partnerName })}
      wide
    >
      <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("demoPricing")}</p>
      <ErrorNotice error={error} />
      <PurchaseForm spec={port.spec} regionName={port.regionName} value={purchase} onChange={setPurchase} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>{tc("cancel")}</Button>
        <Button
          variant="primary"
          pending={buy.isPending}
          onClick={() =>
            buy.mutate({
              regionId: port.regionId,
              physicalConnectionId: port.id,
              ...purchase,
              autoPay: true,
            })
          }
        >
          {buy.isPending ? t("paying") : t("buyNow")}
        </Button>
      </div>
    </Dialog>
  );
}
