"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ActionDialog, type ActionDialogProps } from "@/components/ui/action-dialog";
import { buySharedPortAction } from "@/lib/console/actions/orders";
import { cancelSpecChangeAction } from "@/lib/console/actions/shared-ports";
import { formatMoney } from "@/lib/console/money";
import type { Spec } from "@/lib/domain/enums";
import { formatSpec } from "@/lib/format";

/** A paid shared port whose partner requested another bandwidth, not yet paid for. */
export type PendingSpecChange = {
  id: string;
  name: string | null;
  regionId: string;
  vlanId: number | null;
  spec: Spec;
  expectSpec: Spec;
  endTime: string | null;
};

/**
 * "Pay" for a requested bandwidth: the payer sees the price difference for the rest of the paid period
 * and pays exactly that (or less, a moment later); the new bandwidth applies at once.
 */
export function PaySpecChange({
  port,
  quote,
  disabledReason,
}: {
  port: PendingSpecChange;
  quote: { amountCents: number; currency: string };
  disabledReason?: string;
}) {
  const t = useTranslations("specChange");
  const tr = useTranslations("renewal");
  const format = useFormatter();
  const name = port.name ?? port.id;
  const until = port.endTime ? format.dateTime(new Date(port.endTime), { dateStyle: "medium" }) : "—";
  const change = { name, from: formatSpec(port.spec), to: formatSpec(port.expectSpec), until };
  // A downgrade costs nothing to order and refunds the difference once paid.
  const refund = quote.amountCents < 0;
  return (
    <ActionDialog
      trigger={{ label: t("pay"), ariaLabel: t("payLabel", { name }), disabledReason }}
      title={t("payTitle")}
      description={
        refund
          ? tr("downgradeBody", {
              ...change,
              refund: formatMoney(format, -quote.amountCents, quote.currency),
            })
          : t("payBody", { ...change, amount: formatMoney(format, quote.amountCents, quote.currency) })
      }
      input={() => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        autoPay: true,
        expectedSpec: port.expectSpec,
        expectedAmountCents: Math.max(0, quote.amountCents),
      })}
      action={buySharedPortAction}
      submitLabel={t("pay")}
      success={t("paid", { name, spec: formatSpec(port.expectSpec) })}
    />
  );
}

/**
 * Either side withdraws the requested bandwidth: the port keeps its Spec and nothing is owed. Opens from
 * its own button, or from a row's More menu (open, onOpenChange, returnFocusTo).
 */
export function CancelSpecChange({
  port,
  ...opening
}: { port: PendingSpecChange } & Pick<
  ActionDialogProps<Record<string, never>, unknown, unknown>,
  "open" | "onOpenChange" | "returnFocusTo"
>) {
  const t = useTranslations("specChange");
  const name = port.name ?? port.id;
  return (
    <ActionDialog
      {...(opening.open === undefined
        ? { trigger: { label: t("cancel"), ariaLabel: t("cancelLabel", { name }) } }
        : opening)}
      title={t("cancelTitle")}
      description={t("cancelBody", { name, from: formatSpec(port.spec), to: formatSpec(port.expectSpec) })}
      input={() => ({ regionId: port.regionId, physicalConnectionId: port.id })}
      action={cancelSpecChangeAction}
      success={t("cancelled", { name })}
    />
  );
}

/** The pending change under the current bandwidth, for both sides. */
export function PendingSpecNote({ spec }: { spec: Spec }) {
  const t = useTranslations("specChange");
  return <span className="block text-xs text-amber-800">{t("pending", { spec: formatSpec(spec) })}</span>;
}
