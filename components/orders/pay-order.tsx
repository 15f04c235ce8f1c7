"use client";

import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { payOrderAction } from "@/lib/console/actions/orders";

/** "Pay" on an unpaid order, confirmed first: paying makes the shared port Active. */
export function PayOrder({ order }: { order: { id: string; amount: string; resource: string } }) {
  const t = useTranslations("orders");
  return (
    <ActionDialog
      trigger={{ label: t("pay"), ariaLabel: t("payLabel", { id: order.id }) }}
      title={t("payTitle")}
      description={t("payBody", order)}
      input={() => ({ orderId: order.id })}
      action={payOrderAction}
      success={t("paid", { id: order.id })}
    />
  );
}
