"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { createVbrAction } from "@/lib/console/actions/vbrs";
import { createVirtualBorderRouterInput } from "@/lib/inputs/vbrs";
import { type VbrAddresses, VbrAddressFields } from "./vbr-address-fields";

type Values = VbrAddresses & { name: string };

const FIELDS = [
  "name",
  "physicalConnectionId",
  "vlanId",
  "localGatewayIp",
  "peerGatewayIp",
  "peeringSubnetMask",
];

/** "Create VBR" on the tenant's shared port: the port and its VLAN are fixed, refusals land beside their field. */
export function CreateVbr({
  port,
  disabledReason,
}: {
  port: { id: string; regionId: string; vlanId: number | null };
  disabledReason?: string;
}) {
  const t = useTranslations("createVbr");
  return (
    <ActionDialog
      trigger={{ label: t("title"), variant: "primary", disabledReason }}
      title={t("title")}
      wide
      initialValues={(): Values => ({
        name: "",
        localGatewayIp: "",
        peerGatewayIp: "",
        peeringSubnetMask: "",
      })}
      fields={FIELDS}
      input={({ name, ...addresses }) => ({
        regionId: port.regionId,
        physicalConnectionId: port.id,
        vlanId: port.vlanId,
        ...addresses,
        ...(name ? { name } : {}),
      })}
      schema={createVirtualBorderRouterInput}
      action={createVbrAction}
      success={(data) => t("created", { id: data.vbrId })}
    >
      {({ values, set, error }) => (
        <>
          <fieldset className="mb-4">
            <legend className="mb-1 font-medium text-slate-700">{t("account")}</legend>
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="vbrAccount" checked readOnly />
              {t("currentAccount")}
            </label>
            <p className="mt-1 text-xs text-slate-500">{t("accountHint")}</p>
          </fieldset>
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
          <fieldset className="mb-4">
            <legend className="mb-1 font-medium text-slate-700">{t("physicalConnection")}</legend>
            <label className="mb-2 inline-flex items-center gap-2">
              <input type="radio" name="vbrPhysicalConnection" checked readOnly />
              {t("sharedPhysicalConnection")}
            </label>
            <Field
              label={t("sharedPortId")}
              hint={t("sharedPortIdHint")}
              error={error("physicalConnectionId")}
            >
              {(p) => <input {...p} readOnly value={port.id} className={`${inputClass} font-mono`} />}
            </Field>
          </fieldset>
          <Field label={t("vlanId")} hint={t("vlanIdHint")} error={error("vlanId")}>
            {(p) => <input {...p} readOnly value={port.vlanId ?? ""} className={inputClass} />}
          </Field>
          <VbrAddressFields value={values} onChange={set} errorOf={error} />
        </>
      )}
    </ActionDialog>
  );
}
