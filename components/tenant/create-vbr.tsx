"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createVbrAction } from "@/app/(console)/[region]/physical-connection/actions";
import { Field, fieldOf, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { type VbrAddresses, VbrAddressFields } from "./vbr-address-fields";

type Refusal = { code: string; message: string; field?: string };

const FORM_FIELDS = [
  "name",
  "physicalConnectionId",
  "vlanId",
  "localGatewayIp",
  "peerGatewayIp",
  "peeringSubnetMask",
];

const EMPTY: VbrAddresses = { localGatewayIp: "", peerGatewayIp: "", peeringSubnetMask: "" };

/** "Create VBR" on the tenant's shared port: the port and its VLAN are fixed, refusals land beside their field. */
export function CreateVbr({
  port,
  disabledReason,
}: {
  port: { id: string; regionId: string; vlanId: number | null };
  disabledReason?: string;
}) {
  const t = useTranslations("createVbr");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [addresses, setAddresses] = useState<VbrAddresses>(EMPTY);
  const [error, setError] = useState<Refusal | null>(null);
  const create = useConsoleAction(createVbrAction, {
    success: (data) => t("created", { id: data.vbrId }),
    onSuccess: () => {
      setOpen(false);
      setName("");
      setAddresses(EMPTY);
    },
    onRefused: setError,
    toastRefusal: false,
  });
  const errorOf = (field: string) => (error && fieldOf(error.field) === field ? error.message : undefined);
  const unplaced = error && !FORM_FIELDS.includes(fieldOf(error.field) ?? "") ? error : null;

  return (
    <>
      <Button
        variant="primary"
        disabledReason={disabledReason}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("title")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("title")} wide>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            create.mutate({
              regionId: port.regionId,
              physicalConnectionId: port.id,
              vlanId: port.vlanId,
              ...addresses,
              ...(name ? { name } : {}),
            });
          }}
        >
          <ErrorNotice error={unplaced} />
          <fieldset className="mb-4">
            <legend className="mb-1 font-medium text-slate-700">{t("account")}</legend>
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="vbrAccount" checked readOnly />
              {t("currentAccount")}
            </label>
            <p className="mt-1 text-xs text-slate-500">{t("accountHint")}</p>
          </fieldset>
          <Field label={t("name")} hint={t("nameHint")} error={errorOf("name")}>
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
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
              error={errorOf("physicalConnectionId")}
            >
              {(p) => <input {...p} readOnly value={port.id} className={`${inputClass} font-mono`} />}
            </Field>
          </fieldset>
          <Field label={t("vlanId")} hint={t("vlanIdHint")} error={errorOf("vlanId")}>
            {(p) => <input {...p} readOnly value={port.vlanId ?? ""} className={inputClass} />}
          </Field>
          <VbrAddressFields value={addresses} onChange={setAddresses} errorOf={errorOf} />
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button type="submit" variant="primary" pending={create.isPending}>
              {create.isPending ? tc("working") : tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
