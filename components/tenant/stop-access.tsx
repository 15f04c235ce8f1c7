"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { stopSharedPortAccessAction } from "@/app/(console)/[region]/physical-connection/tenant-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import type { TenantPort } from "@/lib/console/tenant-port";

/** "Disable", confirmed in "Stop Instance Access": the port stops, stays billed, and only its partner can recover it. */
export function StopAccess({ port, disabledReason }: { port: TenantPort; disabledReason?: string }) {
  const t = useTranslations("stopAccess");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const stop = useConsoleAction(stopSharedPortAccessAction, {
    success: t("stopping", { id: port.id }),
    onSuccess: () => setOpen(false),
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
        description={
          <>
            <p>{t("body", { id: port.id })}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>{t("vbrFirst")}</li>
              <li>{t("stillBilled")}</li>
              <li>{t("partnerRecovers", { partner: port.partnerName })}</li>
            </ul>
          </>
        }
        pending={stop.isPending}
        error={error}
        onConfirm={() => stop.mutate({ regionId: port.regionId, physicalConnectionId: port.id })}
      />
    </>
  );
}
