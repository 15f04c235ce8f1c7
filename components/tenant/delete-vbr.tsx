"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteVbrAction } from "@/app/(console)/[region]/physical-connection/tenant-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";

/** "Delete", confirmed in "Delete VBR": the VBR goes (Deleting, then gone) and the port can be disabled or deleted. */
export function DeleteVbr({
  vbr,
  disabledReason,
}: {
  vbr: { id: string; regionId: string; name: string | null };
  disabledReason?: string;
}) {
  const t = useTranslations("tenantActions.deleteVbr");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const remove = useConsoleAction(deleteVbrAction, {
    success: t("deleting", { id: vbr.id }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("actionLabel", { name: vbr.name ?? vbr.id })}
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
        description={t("body", { id: vbr.id, name: vbr.name ?? vbr.id })}
        pending={remove.isPending}
        error={error}
        onConfirm={() => remove.mutate({ regionId: vbr.regionId, vbrId: vbr.id })}
      />
    </>
  );
}
