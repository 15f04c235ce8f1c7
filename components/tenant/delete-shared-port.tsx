"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { deleteSharedPortAction } from "@/lib/console/actions/shared-ports";
import type { TenantPort } from "@/lib/console/tenant-port";

/** How deleting ends for the tenant: nothing left to pay back, or a refund of the unused period. */
export type DeleteOutcome = "expired" | "refund" | "partnerRefund" | "release";

/** "Delete", confirmed in "Confirm Deletion"; a port still billed to the tenant goes on to its refund page. */
export function DeleteSharedPort({
  port,
  outcome,
  disabledReason,
}: {
  port: TenantPort;
  outcome: DeleteOutcome;
  disabledReason?: string;
}) {
  const t = useTranslations("deleteSharedPort");
  const router = useRouter();
  const refunded = (data: { refunds: unknown[] }) => data.refunds.length > 0 && outcome === "refund";
  return (
    <ActionDialog
      trigger={{
        label: t("action"),
        ariaLabel: t("actionLabel", { name: port.name ?? port.id }),
        disabledReason,
      }}
      title={t("title")}
      description={t(outcome, { id: port.id })}
      danger
      input={() => ({ regionId: port.regionId, physicalConnectionId: port.id })}
      action={deleteSharedPortAction}
      success={(data) => (refunded(data) ? t("refunded", { id: port.id }) : t("deleted", { id: port.id }))}
      onSuccess={(data) => {
        if (refunded(data)) router.push(`/${port.regionId}/orders/refunds/${port.id}`);
      }}
    />
  );
}
