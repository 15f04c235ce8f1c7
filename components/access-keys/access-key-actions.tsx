"use client";

import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { deleteAccessKeyAction, updateAccessKeyStatusAction } from "@/lib/console/actions/access-keys";
import type { AccessKeyDto } from "@/lib/server/access-keys";

/** Disable (asks first) or Enable, and Delete (asks first) one of the caller's AccessKeys. */
export function AccessKeyActions({
  accessKeyId,
  status,
}: {
  accessKeyId: string;
  status: AccessKeyDto["status"];
}) {
  const t = useTranslations("accessKeys");
  const id = accessKeyId;
  const enable = useAction(updateAccessKeyStatusAction, { success: t("enabled", { id }) });
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      {status === "Active" ? (
        <ActionDialog
          trigger={{ label: t("disable"), ariaLabel: t("disableLabel", { id }) }}
          title={t("disableTitle")}
          description={t("disableBody", { id })}
          danger
          input={() => ({ accessKeyId, status: "Inactive" as const })}
          action={updateAccessKeyStatusAction}
          success={t("disabled", { id })}
        />
      ) : (
        <Button
          variant="link"
          aria-label={t("enableLabel", { id })}
          pending={enable.pending}
          onClick={() => enable.run({ accessKeyId, status: "Active" })}
        >
          {t("enable")}
        </Button>
      )}
      <ActionDialog
        trigger={{ label: t("delete"), ariaLabel: t("deleteLabel", { id }) }}
        title={t("deleteTitle")}
        description={t("deleteBody", { id })}
        danger
        input={() => ({ accessKeyId })}
        action={deleteAccessKeyAction}
        success={t("deleted", { id })}
      />
    </div>
  );
}
