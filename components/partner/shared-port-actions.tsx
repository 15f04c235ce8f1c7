"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import {
  deleteSharedPortAction,
  modifySharedPortAction,
  recoverSharedPortAction,
  terminateSharedPortAction,
} from "@/lib/console/actions/shared-ports";
import { HIGH_SPECS, SPECS, type Spec } from "@/lib/domain/enums";
import type { HostedConnectionAction } from "@/lib/domain/hosted-connection-state";
import { formatSpec } from "@/lib/format";
import { updateVirtualPhysicalConnectionInput } from "@/lib/inputs/shared-ports";
import type { Availability } from "@/lib/server/console-availability";
import type { SpecChangeQuote } from "@/lib/server/queries/spec-change-quotes";
import { CancelSpecChange, PaySpecChange } from "@/components/billing/spec-change";
import { PartnerPay } from "./partner-pay";

export type SharedPortSummary = {
  id: string;
  name: string | null;
  regionId: string;
  vlanId: number | null;
  spec: Spec;
  expectSpec: Spec | null;
  partnerPays: boolean;
  paid: boolean;
  endTime: string | null;
};

/** The partner's Actions column on the Shared Physical Connection tab. */
export function PartnerSharedPortActions({
  port,
  availability,
  highSpecAllowed,
  changeQuote,
}: {
  port: SharedPortSummary;
  availability: Record<HostedConnectionAction, Availability>;
  highSpecAllowed: boolean;
  /** The price of the pending bandwidth change, when the partner pays for the port. */
  changeQuote?: SpecChangeQuote;
}) {
  const t = useTranslations("partnerActions");
  const router = useRouter();
  const reason = (a: HostedConnectionAction) => {
    const entry = availability[a];
    return entry.allowed ? undefined : entry.reason;
  };
  const name = port.name ?? port.id;
  const { regionId, id } = port;
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <ModifySharedPort port={port} disabledReason={reason("edit")} highSpecAllowed={highSpecAllowed} />
      {port.partnerPays && !port.paid ? <PartnerPay port={port} disabledReason={reason("pay")} /> : null}
      {port.paid && port.expectSpec && changeQuote ? (
        <PaySpecChange
          port={{ ...port, expectSpec: port.expectSpec }}
          quote={changeQuote}
          disabledReason={reason("payChange")}
        />
      ) : null}
      {port.paid && port.expectSpec ? (
        <CancelSpecChange port={{ ...port, expectSpec: port.expectSpec }} />
      ) : null}
      <ActionDialog
        trigger={{
          label: t("disable"),
          ariaLabel: t("disableLabel", { name }),
          disabledReason: reason("terminate"),
        }}
        title={t("terminateTitle")}
        description={t("terminateBody", { name })}
        danger
        input={() => ({ regionId, physicalConnectionId: id })}
        action={terminateSharedPortAction}
        success={t("terminated", { name })}
      />
      <ActionDialog
        trigger={{
          label: t("recover"),
          ariaLabel: t("recoverLabel", { name }),
          disabledReason: reason("recover"),
        }}
        title={t("recoverTitle")}
        description={t("recoverBody", { name })}
        input={() => ({ regionId, instanceId: id })}
        action={recoverSharedPortAction}
        success={t("recovered", { name })}
      />
      <ActionDialog
        trigger={{
          label: t("delete"),
          ariaLabel: t("deleteLabel", { name }),
          disabledReason: reason("delete"),
        }}
        title={t("deleteTitle")}
        description={t("deleteBody", { name })}
        danger
        input={() => ({ regionId, physicalConnectionId: id })}
        action={deleteSharedPortAction}
        // A partner that paid gets its refund page, as the tenant does when it pays.
        success={(data) => (data.refunds.length > 0 ? t("refunded", { name }) : t("deleted", { name }))}
        onSuccess={(data) => {
          if (data.refunds.length > 0) router.push(`/${regionId}/orders/refunds/${id}`);
        }}
      />
    </div>
  );
}

type ModifyValues = { vlanId: string; expectSpec: Spec | "" };

function ModifySharedPort({
  port,
  disabledReason,
  highSpecAllowed,
}: {
  port: SharedPortSummary;
  disabledReason?: string;
  highSpecAllowed: boolean;
}) {
  const t = useTranslations("partnerActions");
  const name = port.name ?? port.id;
  return (
    <ActionDialog
      trigger={{ label: t("edit"), ariaLabel: t("editLabel", { name }), disabledReason }}
      title={t("modifyTitle")}
      initialValues={(): ModifyValues => ({ vlanId: String(port.vlanId ?? ""), expectSpec: "" })}
      fields={["vlanId", "expectSpec"]}
      input={(values) => ({
        regionId: port.regionId,
        instanceId: port.id,
        ...(values.vlanId ? { vlanId: values.vlanId } : {}),
        ...(values.expectSpec ? { expectSpec: values.expectSpec } : {}),
      })}
      schema={updateVirtualPhysicalConnectionInput}
      action={modifySharedPortAction}
      success={t("modified", { name })}
    >
      {({ values, set, error }) => (
        <>
          <p className="mb-4 text-slate-600">{t("modifyIntro", { name })}</p>
          <Field label={t("vlanId")} hint={t("vlanIdHint")} error={error("vlanId")}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={2999}
                value={values.vlanId}
                onChange={(e) => set("vlanId", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            label={t("newBandwidth")}
            hint={t("newBandwidthHint", { current: formatSpec(port.spec) })}
            error={error("expectSpec")}
          >
            {(p) => (
              <select
                {...p}
                value={values.expectSpec}
                onChange={(e) => set("expectSpec", e.target.value as Spec | "")}
                className={inputClass}
              >
                <option value="">{t("keepBandwidth")}</option>
                {SPECS.filter((s) => s !== port.spec).map((spec) => (
                  <option
                    key={spec}
                    value={spec}
                    disabled={(HIGH_SPECS as readonly string[]).includes(spec) && !highSpecAllowed}
                  >
                    {formatSpec(spec)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {port.expectSpec ? (
            <p className="mb-4 text-amber-800">{t("pendingSpec", { spec: formatSpec(port.expectSpec) })}</p>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}
