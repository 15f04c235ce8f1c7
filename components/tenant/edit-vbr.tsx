"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { editVbrAction } from "@/lib/console/actions/vbrs";
import { modifyVirtualBorderRouterAttributeInput } from "@/lib/inputs/vbrs";
import { type VbrAddresses, VbrAddressFields } from "./vbr-address-fields";

type EditableVbr = VbrAddresses & { id: string; regionId: string; name: string; description: string };

const FIELDS = ["name", "description", "localGatewayIp", "peerGatewayIp", "peeringSubnetMask"];

/** "Edit": the owner changes the VBR's name, description and addresses; the operation checks them as a whole. */
export function EditVbr({ vbr, disabledReason }: { vbr: EditableVbr; disabledReason?: string }) {
  const t = useTranslations("editVbr");
  return (
    <ActionDialog
      trigger={{
        label: t("action"),
        ariaLabel: t("actionLabel", { name: vbr.name || vbr.id }),
        disabledReason,
      }}
      title={t("title")}
      wide
      initialValues={() => ({
        name: vbr.name,
        description: vbr.description,
        localGatewayIp: vbr.localGatewayIp,
        peerGatewayIp: vbr.peerGatewayIp,
        peeringSubnetMask: vbr.peeringSubnetMask,
      })}
      fields={FIELDS}
      // Cleared name and description are left out: the operation keeps the current ones.
      input={({ name, description, ...addresses }) => ({
        regionId: vbr.regionId,
        vbrId: vbr.id,
        ...addresses,
        ...(name ? { name } : {}),
        ...(description ? { description } : {}),
      })}
      schema={modifyVirtualBorderRouterAttributeInput}
      action={editVbrAction}
      success={t("saved", { id: vbr.id })}
    >
      {({ values, set, error }) => (
        <>
          <p className="mb-4 text-slate-600">
            {t("vbr")}: <span className="font-mono">{vbr.id}</span>
          </p>
          <Field label={t("name")} hint={t("nameHint")} error={error("name")}>
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={values.name}
                onChange={(e) => set("name", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field label={t("description")} hint={t("descriptionHint")} error={error("description")}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={values.description}
                onChange={(e) => set("description", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <VbrAddressFields value={values} onChange={set} errorOf={error} />
        </>
      )}
    </ActionDialog>
  );
}
