"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buySharedPortAction } from "@/app/(console)/[region]/physical-connection/actions";
import { type Purchase, PurchaseForm } from "@/components/billing/purchase-form";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import type { SharedPortSummary } from "./shared-port-actions";

/** A partner that chose to pay buys the port's usage period, so the tenant only has to accept. */
export function PartnerPayButton({
  port,
  disabledReason,
}: {
  port: SharedPortSummary;
  disabledReason?: string;
}) {
  const t = useTranslations("partnerActions");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [purchase, setPurchase] = useState<Purchase>({ pricingCycle: "Month", period: 1, autoRenew: false });
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const label = port.name ?? port.id;
  const mutation = useConsoleAction(buySharedPortAction, {
    success: t("paid", { name: label }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("payLabel", { name: label })}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("pay")}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("payTitle")}
        description={t("payIntro", { name: label })}
      >
        <ErrorNotice error={error} />
        <PurchaseForm spec={port.spec} regionName={port.regionId} value={purchase} onChange={setPurchase} />
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
          <Button
            variant="primary"
            pending={mutation.isPending}
            onClick={() =>
              mutation.mutate({
                regionId: port.regionId,
                physicalConnectionId: port.id,
                ...purchase,
                autoPay: true,
              })
            }
          >
            {mutation.isPending ? tc("working") : t("buyNow")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
