"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  bandwidthSettingsAction,
  confirmTransformAction,
  deleteVbrAction,
  recoverVbrAction,
  terminateVbrAction,
  transformToSharedPortAction,
} from "@/app/(console)/[region]/physical-connection/actions";
import { Field, fieldRefusal, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { SPECS, specMbps } from "@/lib/domain/enums";
import type { VbrAction } from "@/lib/domain/vbr-state";
import { formatMbps } from "@/lib/format";
import type { ActionResult } from "@/lib/server/console-action";
import type { Availability } from "@/lib/server/console-availability";

export type PartnerVbrSummary = {
  id: string;
  name: string | null;
  regionId: string;
  legacy: boolean;
  bandwidthMbps: number | null;
  transformedToId: string | null;
};

type Refusal = { code: string; message: string; field?: string };

/** The partner's Actions column on a circuit's VBR tab, including the Transform to Shared Port flow. */
export function PartnerVbrActions({
  vbr,
  availability,
  transform,
  confirm,
}: {
  vbr: PartnerVbrSummary;
  availability: Record<VbrAction, Availability>;
  /** Legacy VBRs only: may it be transformed now, and may its transform be confirmed. */
  transform?: Availability;
  confirm?: Availability;
}) {
  const reason = (a: Availability | undefined) => (a && !a.allowed ? a.reason : undefined);
  const input = { regionId: vbr.regionId, vbrId: vbr.id };
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      {vbr.legacy ? <BandwidthSettings vbr={vbr} /> : null}
      {vbr.legacy && transform ? (
        <TransformToSharedPort vbr={vbr} disabledReason={reason(transform)} />
      ) : null}
      {vbr.legacy && confirm && vbr.transformedToId ? (
        <VbrConfirmAction
          kind="confirm"
          vbr={vbr}
          disabledReason={reason(confirm)}
          run={confirmTransformAction}
          input={{ regionId: vbr.regionId, vbrId: vbr.id, vpconnId: vbr.transformedToId }}
        />
      ) : null}
      <VbrConfirmAction
        kind="terminate"
        vbr={vbr}
        disabledReason={reason(availability.terminate)}
        run={terminateVbrAction}
        input={input}
      />
      <VbrConfirmAction
        kind="recover"
        vbr={vbr}
        disabledReason={reason(availability.recover)}
        run={recoverVbrAction}
        input={input}
      />
      <VbrConfirmAction
        kind="delete"
        vbr={vbr}
        disabledReason={reason(availability.delete)}
        run={deleteVbrAction}
        input={input}
      />
    </div>
  );
}

const VBR_ACTIONS = {
  terminate: {
    button: "disable",
    title: "terminateTitle",
    body: "terminateBody",
    done: "terminated",
    danger: true,
  },
  recover: {
    button: "recover",
    title: "recoverTitle",
    body: "recoverBody",
    done: "recovered",
    danger: false,
  },
  delete: { button: "delete", title: "deleteTitle", body: "deleteBody", done: "deleted", danger: true },
  confirm: {
    button: "confirm",
    title: "confirmTitle",
    body: "confirmBody",
    done: "confirmed",
    danger: false,
  },
} as const;

function VbrConfirmAction({
  kind,
  vbr,
  disabledReason,
  run,
  input,
}: {
  kind: keyof typeof VBR_ACTIONS;
  vbr: PartnerVbrSummary;
  disabledReason?: string;
  run: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, string>;
}) {
  const t = useTranslations("vbrActions");
  const words = VBR_ACTIONS[kind];
  const name = vbr.name ?? vbr.id;
  return (
    <ConfirmAction
      label={t(words.button)}
      ariaLabel={t(`${words.button}Label`, { name })}
      disabledReason={disabledReason}
      title={t(words.title)}
      description={t(words.body, { name })}
      success={t(words.done, { name })}
      danger={words.danger}
      run={run}
      input={input}
    />
  );
}

/** "Speed Unlimited" is deliberately absent: a cap is what makes the VBR transformable. */
function BandwidthSettings({ vbr }: { vbr: PartnerVbrSummary }) {
  const t = useTranslations("vbrActions");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [bandwidth, setBandwidth] = useState(String(vbr.bandwidthMbps ?? ""));
  const [error, setError] = useState<Refusal | null>(null);
  const label = vbr.name ?? vbr.id;
  const mutation = useConsoleAction(bandwidthSettingsAction, {
    success: t("bandwidthSet", { name: label }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  const fieldError = fieldRefusal(error, "bandwidth");
  return (
    <>
      <Button
        variant="link"
        aria-label={t("bandwidthSettingsLabel", { name: label })}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("bandwidthSettings")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("bandwidthSettings")}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({
              regionId: vbr.regionId,
              virtualBorderRouterId: vbr.id,
              bandwidth: Number(bandwidth),
            });
          }}
        >
          {error && !fieldError ? <ErrorNotice error={error} /> : null}
          <Field label={t("bandwidthCap")} hint={t("bandwidthCapHint")} error={fieldError}>
            {(p) => (
              <select
                {...p}
                required
                value={bandwidth}
                onChange={(e) => setBandwidth(e.target.value)}
                className={inputClass}
              >
                <option value="" disabled>
                  {t("bandwidthCapPlaceholder")}
                </option>
                {SPECS.map((spec) => (
                  <option key={spec} value={specMbps(spec)}>
                    {formatMbps(specMbps(spec))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button
              type="submit"
              variant="primary"
              pending={mutation.isPending}
              disabledReason={bandwidth ? undefined : t("bandwidthCapPlaceholder")}
            >
              {mutation.isPending ? tc("working") : tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

function TransformToSharedPort({ vbr, disabledReason }: { vbr: PartnerVbrSummary; disabledReason?: string }) {
  const t = useTranslations("vbrActions");
  const tp = useTranslations("createSharedPort");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [orderMode, setOrderMode] = useState<
    "PayByVirtualPhysicalConnectionOwner" | "PayByPhysicalConnectionOwner"
  >("PayByVirtualPhysicalConnectionOwner");
  const [error, setError] = useState<Refusal | null>(null);
  const label = vbr.name ?? vbr.id;
  const mutation = useConsoleAction(transformToSharedPortAction, {
    success: (data) =>
      t("transformed", {
        name: label,
        id: (data as { virtualPhysicalConnection: string }).virtualPhysicalConnection,
      }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("transformLabel", { name: label })}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("transform")}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("transform")}
        description={t("transformBody", { name: label })}
      >
        <ErrorNotice error={error} />
        <fieldset className="mb-4">
          <legend className="mb-1 font-medium text-slate-700">{tp("payer")}</legend>
          <div className="flex gap-6">
            {(["PayByVirtualPhysicalConnectionOwner", "PayByPhysicalConnectionOwner"] as const).map(
              (mode) => (
                <label key={mode} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={`orderMode-${vbr.id}`}
                    checked={orderMode === mode}
                    onChange={() => setOrderMode(mode)}
                  />
                  {tp(`orderMode.${mode}`)}
                </label>
              ),
            )}
          </div>
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
          <Button
            variant="primary"
            pending={mutation.isPending}
            onClick={() => mutation.mutate({ regionId: vbr.regionId, vbrId: vbr.id, orderMode })}
          >
            {mutation.isPending ? tc("working") : tc("ok")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
