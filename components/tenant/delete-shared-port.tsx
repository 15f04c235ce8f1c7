"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteSharedPortAction } from "@/app/(console)/[region]/physical-connection/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
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
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const remove = useConsoleAction(deleteSharedPortAction, {
    success: (data) =>
      data.refunds.length > 0 && outcome === "refund"
        ? t("refunded", { id: port.id })
        : t("deleted", { id: port.id }),
    onSuccess: (data) => {
      setOpen(false);
      if (data.refunds.length > 0 && outcome === "refund")
        router.push(`/${port.regionId}/orders/refunds/${port.id}`);
    },
    onRefused: setError,
    toastRefusal: false,
  });
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
        danger
        description={t(outcome, { id: port.id })}
        pending={remove.isPending}
        error={error}
        onConfirm={() => remove.mutate({ regionId: port.regionId, physicalConnectionId: port.id })}
      />
    </>
  );
}
