"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { editVbrAction } from "@/app/(console)/[region]/physical-connection/actions";
import { Field, fieldOf, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { type VbrAddresses, VbrAddressFields } from "./vbr-address-fields";

type Refusal = { code: string; message: string; field?: string };

export type EditableVbr = VbrAddresses & { id: string; regionId: string; name: string; description: string };

const FORM_FIELDS = ["name", "description", "localGatewayIp", "peerGatewayIp", "peeringSubnetMask"];

/** "Edit": the owner changes the VBR's name, description and addresses; the operation checks them as a whole. */
export function EditVbr({ vbr, disabledReason }: { vbr: EditableVbr; disabledReason?: string }) {
  const t = useTranslations("editVbr");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(vbr);
  const [error, setError] = useState<Refusal | null>(null);
  const save = useConsoleAction(editVbrAction, {
    success: t("saved", { id: vbr.id }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  const errorOf = (field: string) => (error && fieldOf(error.field) === field ? error.message : undefined);
  const unplaced = error && !FORM_FIELDS.includes(fieldOf(error.field) ?? "") ? error : null;
  const { localGatewayIp, peerGatewayIp, peeringSubnetMask } = form;

  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("actionLabel", { name: vbr.name || vbr.id })}
        onClick={() => {
          setForm(vbr);
          setError(null);
          setOpen(true);
        }}
      >
        {t("action")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("title")} wide>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            // Cleared name and description are left out: the operation keeps the current ones.
            save.mutate({
              regionId: vbr.regionId,
              vbrId: vbr.id,
              localGatewayIp,
              peerGatewayIp,
              peeringSubnetMask,
              ...(form.name ? { name: form.name } : {}),
              ...(form.description ? { description: form.description } : {}),
            });
          }}
        >
          <ErrorNotice error={unplaced} />
          <p className="mb-4 text-slate-600">
            {t("vbr")}: <span className="font-mono">{vbr.id}</span>
          </p>
          <Field label={t("name")} hint={t("nameHint")} error={errorOf("name")}>
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                className={inputClass}
              />
            )}
          </Field>
          <Field label={t("description")} hint={t("descriptionHint")} error={errorOf("description")}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={form.description}
                onChange={(e) => setForm({ ...form, description: e.target.value })}
                className={inputClass}
              />
            )}
          </Field>
          <VbrAddressFields
            value={{ localGatewayIp, peerGatewayIp, peeringSubnetMask }}
            onChange={(addresses) => setForm({ ...form, ...addresses })}
            errorOf={errorOf}
          />
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button type="submit" variant="primary" pending={save.isPending}>
              {save.isPending ? tc("working") : tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
