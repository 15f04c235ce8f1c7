"use client";

import { useTranslations } from "next-intl";
import { deleteVbrAction } from "@/app/(console)/[region]/physical-connection/actions";
import { ConfirmAction } from "@/components/ui/confirm-action";

/** "Delete", confirmed in "Delete VBR": the VBR goes (Deleting, then gone) and the port can be disabled or deleted. */
export function DeleteVbr({
  vbr,
  disabledReason,
}: {
  vbr: { id: string; regionId: string; name: string | null };
  disabledReason?: string;
}) {
  const t = useTranslations("tenantActions.deleteVbr");
  return (
    <ConfirmAction
      label={t("action")}
      ariaLabel={t("actionLabel", { name: vbr.name ?? vbr.id })}
      disabledReason={disabledReason}
      title={t("title")}
      danger
      description={t("body", { id: vbr.id, name: vbr.name ?? vbr.id })}
      success={t("deleting", { id: vbr.id })}
      run={deleteVbrAction}
      input={{ regionId: vbr.regionId, vbrId: vbr.id }}
    />
  );
}
