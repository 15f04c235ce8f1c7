"use client";

import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { deleteVbrAction } from "@/lib/console/actions/vbrs";

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
    <ActionDialog
      trigger={{
        label: t("action"),
        ariaLabel: t("actionLabel", { name: vbr.name ?? vbr.id }),
        disabledReason,
      }}
      title={t("title")}
      description={t("body", { id: vbr.id, name: vbr.name ?? vbr.id })}
      danger
      input={() => ({ regionId: vbr.regionId, vbrId: vbr.id })}
      action={deleteVbrAction}
      success={t("deleting", { id: vbr.id })}
    />
  );
}
