"use client";

import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { terminateSharedPortAction } from "@/lib/console/actions/shared-ports";
import type { TenantPort } from "@/lib/console/tenant-port";

/** "Disable", confirmed in "Stop Instance Access": the port stops, stays billed, and only its partner can recover it. */
export function StopAccess({ port, disabledReason }: { port: TenantPort; disabledReason?: string }) {
  const t = useTranslations("stopAccess");
  return (
    <ActionDialog
      trigger={{
        label: t("action"),
        ariaLabel: t("actionLabel", { name: port.name ?? port.id }),
        disabledReason,
      }}
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
      input={() => ({ regionId: port.regionId, physicalConnectionId: port.id })}
      action={terminateSharedPortAction}
      success={t("stopping", { id: port.id })}
    />
  );
}
