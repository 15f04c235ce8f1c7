"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionDialog } from "@/components/ui/action-dialog";
import { acceptSharedPortAction } from "@/lib/console/actions/shared-ports";
import type { TenantPort } from "@/lib/console/tenant-port";
import { formatSpec } from "@/lib/format";

/**
 * "Accept and Pay": the "Accept" dialog runs ConfirmPhysicalConnection. A port the tenant pays for then
 * goes on to the order (onAccepted); one the partner pays for is done here.
 */
export function AcceptSharedPort({
  port,
  disabledReason,
  onAccepted,
}: {
  port: TenantPort;
  disabledReason?: string;
  onAccepted: () => void;
}) {
  const t = useTranslations("acceptAndPay");
  const next = port.tenantPays ? t("thenPay") : port.paid ? t("partnerPaid") : t("partnerPays");
  return (
    <ActionDialog
      trigger={{
        label: t("action"),
        ariaLabel: t("actionLabel", { name: port.name ?? port.id }),
        disabledReason,
      }}
      title={t("title")}
      description={
        <>
          <p>
            {t("body", {
              id: port.id,
              partner: port.partnerName,
              circuit: port.circuitName,
              vlan: String(port.vlanId ?? "—"),
              bandwidth: formatSpec(port.spec),
            })}
          </p>
          <p className="mt-2">{next}</p>
        </>
      }
      input={() => ({ regionId: port.regionId, physicalConnectionId: port.id })}
      action={acceptSharedPortAction}
      success={
        port.tenantPays
          ? undefined
          : port.paid
            ? t("acceptedActive", { id: port.id })
            : t("acceptedPartnerPays", { id: port.id })
      }
      onSuccess={() => {
        if (port.tenantPays) onAccepted();
        else if (port.paid && port.sourceVbrId)
          toast.info(t("partnerConfirmPending", { vbr: port.sourceVbrId }));
      }}
    />
  );
}
