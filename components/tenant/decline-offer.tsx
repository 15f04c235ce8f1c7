"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { declineOfferAction } from "@/lib/console/actions/offers";
import type { TenantPort } from "@/lib/console/tenant-port";
import { DECLINE_REASON_MAX, declinePhysicalConnectionInput } from "@/lib/inputs/offers";

/**
 * "Decline" on a pending offer: unlike Delete, it answers the partner. The offer ends as declined, its VLAN
 * and bandwidth go back to the partner, and the partner reads the optional reason in its notifications.
 */
export function DeclineOffer({ port, disabledReason }: { port: TenantPort; disabledReason?: string }) {
  const t = useTranslations("offers");
  return (
    <ActionDialog
      trigger={{
        label: t("decline"),
        ariaLabel: t("declineLabel", { name: port.name ?? port.id }),
        disabledReason,
      }}
      title={t("declineTitle")}
      description={t("declineBody", { id: port.id, partner: port.partnerName })}
      danger
      initialValues={() => ({ reason: "" })}
      fields={["reason"]}
      schema={declinePhysicalConnectionInput}
      input={(values) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        ...(values.reason.trim() ? { reason: values.reason } : {}),
      })}
      action={declineOfferAction}
      submitLabel={t("decline")}
      success={t("declined", { id: port.id })}
    >
      {(form) => (
        <Field
          label={t("reason")}
          hint={t("reasonHint", { max: DECLINE_REASON_MAX, partner: port.partnerName })}
          error={form.error("reason")}
        >
          {(props) => (
            <textarea
              {...props}
              className={inputClass}
              rows={3}
              maxLength={DECLINE_REASON_MAX}
              value={form.values.reason}
              onChange={(event) => form.set("reason", event.target.value)}
            />
          )}
        </Field>
      )}
    </ActionDialog>
  );
}
