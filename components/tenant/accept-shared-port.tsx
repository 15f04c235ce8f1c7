"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { acceptSharedPortAction } from "@/app/(console)/[region]/physical-connection/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
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
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const accept = useConsoleAction(acceptSharedPortAction, {
    onSuccess: () => {
      setOpen(false);
      if (port.tenantPays) {
        onAccepted();
        return;
      }
      toast.success(
        port.paid ? t("acceptedActive", { id: port.id }) : t("acceptedPartnerPays", { id: port.id }),
      );
      if (port.paid && port.sourceVbrId) toast.info(t("partnerConfirmPending", { vbr: port.sourceVbrId }));
    },
    onRefused: setError,
    toastRefusal: false,
  });
  const next = port.tenantPays ? t("thenPay") : port.paid ? t("partnerPaid") : t("partnerPays");

  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("actionLabel", { name: port.name ?? port.id })}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("action")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
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
        pending={accept.isPending}
        error={error}
        onConfirm={() => accept.mutate({ regionId: port.regionId, physicalConnectionId: port.id })}
      />
    </>
  );
}
