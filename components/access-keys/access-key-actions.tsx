"use client";

import { useTranslations } from "next-intl";
import {
  deleteAccessKeyAction,
  updateAccessKeyStatusAction,
} from "@/app/(console)/[region]/access-keys/actions";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useConsoleAction } from "@/lib/client/use-console-action";
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
  const enable = useConsoleAction(updateAccessKeyStatusAction, { success: t("enabled", { id }) });
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      {status === "Active" ? (
        <ConfirmAction
          label={t("disable")}
          ariaLabel={t("disableLabel", { id })}
          title={t("disableTitle")}
          description={t("disableBody", { id })}
          success={t("disabled", { id })}
          danger
          run={updateAccessKeyStatusAction}
          input={{ accessKeyId, status: "Inactive" }}
        />
      ) : (
        <Button
          variant="link"
          aria-label={t("enableLabel", { id })}
          pending={enable.isPending}
          onClick={() => enable.mutate({ accessKeyId, status: "Active" })}
        >
          {t("enable")}
        </Button>
      )}
      <ConfirmAction
        label={t("delete")}
        ariaLabel={t("deleteLabel", { id })}
        title={t("deleteTitle")}
        description={t("deleteBody", { id })}
        success={t("deleted", { id })}
        danger
        run={deleteAccessKeyAction}
        input={{ accessKeyId }}
      />
    </div>
  );
}
