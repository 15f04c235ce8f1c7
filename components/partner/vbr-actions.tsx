"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { transformToSharedPortAction } from "@/lib/console/actions/shared-ports";
import {
  bandwidthSettingsAction,
  confirmTransformAction,
  deleteVbrAction,
  recoverVbrAction,
  terminateVbrAction,
} from "@/lib/console/actions/vbrs";
import { type OrderMode, SPECS, specMbps } from "@/lib/domain/enums";
import type { VbrAction } from "@/lib/domain/vbr-state";
import { formatMbps } from "@/lib/format";
import { createVpconnFromVbrInput } from "@/lib/inputs/shared-ports";
import { updateVirtualBorderBandwidthInput } from "@/lib/inputs/vbrs";
import type { Availability } from "@/lib/server/console-availability";

type PartnerVbrSummary = {
  id: string;
  name: string | null;
  regionId: string;
  legacy: boolean;
  bandwidthMbps: number | null;
  transformedToId: string | null;
};

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
  const t = useTranslations("vbrActions");
  const reason = (a: Availability | undefined) => (a && !a.allowed ? a.reason : undefined);
  const name = vbr.name ?? vbr.id;
  const ids = { regionId: vbr.regionId, vbrId: vbr.id };
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      {vbr.legacy ? <BandwidthSettings vbr={vbr} /> : null}
      {vbr.legacy && transform ? (
        <TransformToSharedPort vbr={vbr} disabledReason={reason(transform)} />
      ) : null}
      {vbr.legacy && confirm && vbr.transformedToId ? (
        <ActionDialog
          trigger={{
            label: t("confirm"),
            ariaLabel: t("confirmLabel", { name }),
            disabledReason: reason(confirm),
          }}
          title={t("confirmTitle")}
          description={t("confirmBody", { name })}
          input={() => ({ ...ids, vpconnId: vbr.transformedToId ?? "" })}
          action={confirmTransformAction}
          success={t("confirmed", { name })}
        />
      ) : null}
      <ActionDialog
        trigger={{
          label: t("disable"),
          ariaLabel: t("disableLabel", { name }),
          disabledReason: reason(availability.terminate),
        }}
        title={t("terminateTitle")}
        description={t("terminateBody", { name })}
        danger
        input={() => ids}
        action={terminateVbrAction}
        success={t("terminated", { name })}
      />
      <ActionDialog
        trigger={{
          label: t("recover"),
          ariaLabel: t("recoverLabel", { name }),
          disabledReason: reason(availability.recover),
        }}
        title={t("recoverTitle")}
        description={t("recoverBody", { name })}
        input={() => ids}
        action={recoverVbrAction}
        success={t("recovered", { name })}
      />
      <ActionDialog
        trigger={{
          label: t("delete"),
          ariaLabel: t("deleteLabel", { name }),
          disabledReason: reason(availability.delete),
        }}
        title={t("deleteTitle")}
        description={t("deleteBody", { name })}
        danger
        input={() => ids}
        action={deleteVbrAction}
        success={t("deleted", { name })}
      />
    </div>
  );
}

/** "Speed Unlimited" is deliberately absent: a cap is what makes the VBR transformable. */
function BandwidthSettings({ vbr }: { vbr: PartnerVbrSummary }) {
  const t = useTranslations("vbrActions");
  const name = vbr.name ?? vbr.id;
  return (
    <ActionDialog
      trigger={{ label: t("bandwidthSettings"), ariaLabel: t("bandwidthSettingsLabel", { name }) }}
      title={t("bandwidthSettings")}
      initialValues={() => ({ bandwidth: String(vbr.bandwidthMbps ?? "") })}
      fields={["bandwidth"]}
      input={({ bandwidth }) => ({
        regionId: vbr.regionId,
        virtualBorderRouterId: vbr.id,
        ...(bandwidth ? { bandwidth: Number(bandwidth) } : {}),
      })}
      schema={updateVirtualBorderBandwidthInput}
      action={bandwidthSettingsAction}
      success={t("bandwidthSet", { name })}
    >
      {({ values, set, error }) => (
        <Field label={t("bandwidthCap")} hint={t("bandwidthCapHint")} error={error("bandwidth")}>
          {(p) => (
            <select
              {...p}
              required
              value={values.bandwidth}
              onChange={(e) => set("bandwidth", e.target.value)}
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
      )}
    </ActionDialog>
  );
}

function TransformToSharedPort({ vbr, disabledReason }: { vbr: PartnerVbrSummary; disabledReason?: string }) {
  const t = useTranslations("vbrActions");
  const tp = useTranslations("createSharedPort");
  const name = vbr.name ?? vbr.id;
  return (
    <ActionDialog
      trigger={{ label: t("transform"), ariaLabel: t("transformLabel", { name }), disabledReason }}
      title={t("transform")}
      description={t("transformBody", { name })}
      initialValues={(): { orderMode: OrderMode } => ({ orderMode: "PayByVirtualPhysicalConnectionOwner" })}
      fields={["orderMode"]}
      input={({ orderMode }) => ({ regionId: vbr.regionId, vbrId: vbr.id, orderMode })}
      schema={createVpconnFromVbrInput}
      action={transformToSharedPortAction}
      success={(data) => t("transformed", { name, id: data.virtualPhysicalConnection })}
    >
      {({ values, set }) => (
        <fieldset className="mb-4">
          <legend className="mb-1 font-medium text-slate-700">{tp("payer")}</legend>
          <div className="flex gap-6">
            {(["PayByVirtualPhysicalConnectionOwner", "PayByPhysicalConnectionOwner"] as const).map(
              (mode) => (
                <label key={mode} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={`orderMode-${vbr.id}`}
                    checked={values.orderMode === mode}
                    onChange={() => set("orderMode", mode)}
                  />
                  {tp(`orderMode.${mode}`)}
                </label>
              ),
            )}
          </div>
        </fieldset>
      )}
    </ActionDialog>
  );
}
