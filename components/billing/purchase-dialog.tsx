"use client";

import { type ActionDialogProps, ActionDialog } from "@/components/ui/action-dialog";
import { buySharedPortAction } from "@/lib/console/actions/orders";
import { orderAmountCents } from "@/lib/domain/billing";
import type { Spec } from "@/lib/domain/enums";
import { createPhysicalConnectionOccupancyOrderInput } from "@/lib/inputs/orders";
import { FIRST_PURCHASE, type Purchase, PurchaseForm } from "./purchase-form";

type Passed =
  | "trigger"
  | "open"
  | "onOpenChange"
  | "title"
  | "description"
  | "wide"
  | "success"
  | "onSuccess";

/** The payer buys a shared port's usage period and pays at once: the partner's Pay, the tenant's Confirm Order. */
export function PurchaseDialog({
  port,
  notice,
  submitLabel,
  pendingLabel,
  ...dialog
}: Pick<ActionDialogProps<{ purchase: Purchase }, unknown, { orderId: string }>, Passed> & {
  port: { id: string; regionId: string; regionName: string; spec: Spec };
  notice?: React.ReactNode;
  submitLabel: string;
  pendingLabel?: string;
}) {
  return (
    <ActionDialog
      {...dialog}
      initialValues={() => ({ purchase: FIRST_PURCHASE })}
      input={({ purchase }) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        ...purchase,
        autoPay: true,
        // What the form shows: the server refuses the order, nothing charged, if it would cost otherwise.
        expectedSpec: port.spec,
        expectedAmountCents: orderAmountCents(port.spec, purchase.period, purchase.pricingCycle),
      })}
      schema={createPhysicalConnectionOccupancyOrderInput}
      action={buySharedPortAction}
      submitLabel={submitLabel}
      pendingLabel={pendingLabel}
    >
      {({ values, set }) => (
        <>
          {notice}
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
