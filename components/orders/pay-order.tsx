"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { payOrderAction } from "@/app/(console)/[region]/orders/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";

/** "Pay" on an unpaid order, confirmed first: paying makes the shared port Active. */
export function PayOrder({ order }: { order: { id: string; amount: string; resource: string } }) {
  const t = useTranslations("orders");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const pay = useConsoleAction(payOrderAction, {
    success: t("paid", { id: order.id }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <>
      <Button
        variant="link"
        aria-label={t("payLabel", { id: order.id })}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("pay")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("payTitle")}
        description={t("payBody", order)}
        pending={pay.isPending}
        error={error}
        onConfirm={() => pay.mutate({ orderId: order.id })}
      />
    </>
  );
}
