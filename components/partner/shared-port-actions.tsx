"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog, type ActionDialogProps, type FieldRefusal } from "@/components/ui/action-dialog";
import { type MenuAction, RowActions } from "@/components/ui/row-actions";
import {
  deleteSharedPortAction,
  modifySharedPortAction,
  recoverSharedPortAction,
  terminateSharedPortAction,
} from "@/lib/console/actions/shared-ports";
import { reservedSpec } from "@/lib/domain/capacity";
import { SPECS, type Spec, specMbps } from "@/lib/domain/enums";
import { type HostedConnectionAction, vlanChangeReachesTenant } from "@/lib/domain/hosted-connection-state";
import { formatSpec } from "@/lib/format";
import { updateVirtualPhysicalConnectionInput } from "@/lib/inputs/shared-ports";
import type { Availability } from "@/lib/server/console-availability";
import type { SpecChangeQuote } from "@/lib/server/queries/spec-change-quotes";
import { CancelSpecChange, PaySpecChange } from "@/components/billing/spec-change";
import { CapacityPreview, SpecOptions, useCircuitPlan, VlanField } from "./circuit-planning";
import { PartnerPay } from "./partner-pay";

export type SharedPortSummary = {
  id: string;
  name: string | null;
  regionId: string;
  circuitId: string;
  vlanId: number | null;
  spec: Spec;
  expectSpec: Spec | null;
  partnerPays: boolean;
  paid: boolean;
  endTime: string | null;
  /** A VBR is on the port: a new VLAN must be set on the tenant's on-premises side too. */
  hasVbr: boolean;
};

/** The partner's Actions column on the Shared Physical Connection tab, and the same actions on the port's page. */
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
  const tc = useTranslations("specChange");
  const router = useRouter();
  const reason = (a: HostedConnectionAction) => {
    const entry = availability[a];
    return entry.allowed ? undefined : entry.reason;
  };
  const name = port.name ?? port.id;
  const { regionId, id } = port;
  const payable = port.partnerPays && !port.paid;
  const pendingChange = port.paid && port.expectSpec ? { ...port, expectSpec: port.expectSpec } : undefined;
  const edit: MenuAction = {
    id: "edit",
    label: t("edit"),
    ariaLabel: t("editLabel", { name }),
    disabledReason: reason("edit"),
    dialog: (open) => <ModifySharedPort port={port} highSpecAllowed={highSpecAllowed} {...open} />,
  };
  const more: MenuAction[] = [
    ...(payable || (pendingChange && changeQuote) ? [edit] : []),
    ...(pendingChange
      ? [
          {
            id: "cancelChange",
            label: tc("cancel"),
            ariaLabel: tc("cancelLabel", { name }),
            dialog: (open) => <CancelSpecChange port={pendingChange} {...open} />,
          } satisfies MenuAction,
        ]
      : []),
    {
      id: "terminate",
      label: t("disable"),
      ariaLabel: t("disableLabel", { name }),
      disabledReason: reason("terminate"),
      dialog: (open) => (
        <ActionDialog
          {...open}
          title={t("terminateTitle")}
          description={t("terminateBody", { name })}
          danger
          input={() => ({ regionId, physicalConnectionId: id })}
          action={terminateSharedPortAction}
          success={t("terminated", { name })}
        />
      ),
    },
    {
      id: "recover",
      label: t("recover"),
      ariaLabel: t("recoverLabel", { name }),
      disabledReason: reason("recover"),
      dialog: (open) => (
        <ActionDialog
          {...open}
          title={t("recoverTitle")}
          description={t("recoverBody", { name })}
          input={() => ({ regionId, instanceId: id })}
          action={recoverSharedPortAction}
          success={t("recovered", { name })}
        />
      ),
    },
    {
      id: "delete",
      label: t("delete"),
      ariaLabel: t("deleteLabel", { name }),
      disabledReason: reason("delete"),
      dialog: (open) => (
        <ActionDialog
          {...open}
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
      ),
    },
  ];
  return (
    <RowActions
      name={name}
      primary={
        payable ? (
          <PartnerPay port={port} disabledReason={reason("pay")} />
        ) : pendingChange && changeQuote ? (
          <PaySpecChange port={pendingChange} quote={changeQuote} disabledReason={reason("payChange")} />
        ) : (
          <ModifySharedPort
            port={port}
            highSpecAllowed={highSpecAllowed}
            trigger={{
              label: t("edit"),
              ariaLabel: t("editLabel", { name }),
              disabledReason: reason("edit"),
            }}
          />
        )
      }
      more={more}
    />
  );
}

type ModifyValues = { vlanId: string; expectSpec: Spec | "" };

function ModifySharedPort({
  port,
  highSpecAllowed,
  ...opening
}: {
  port: SharedPortSummary;
  highSpecAllowed: boolean;
} & Pick<
  ActionDialogProps<ModifyValues, unknown, unknown>,
  "trigger" | "open" | "onOpenChange" | "returnFocusTo"
>) {
  const t = useTranslations("partnerActions");
  const tv = useTranslations("vlanChange");
  const name = port.name ?? port.id;
  return (
    <ActionDialog
      {...opening}
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
          <PlannedModifyFields
            port={port}
            values={values}
            set={set}
            error={error}
            highSpecAllowed={highSpecAllowed}
          />
          {port.expectSpec ? (
            <p className="mb-4 text-amber-800">{t("pendingSpec", { spec: formatSpec(port.expectSpec) })}</p>
          ) : null}
          {vlanChangeReachesTenant(port, port.vlanId, Number(values.vlanId)) && values.vlanId !== "" ? (
            <p
              role="note"
              className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
            >
              {tv("liveVbrWarning", { from: String(port.vlanId), to: values.vlanId })}
            </p>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}

/** VLAN and new bandwidth, checked against the circuit's plan as they are chosen, with the circuit after. */
function PlannedModifyFields({
  port,
  values,
  set,
  error,
  highSpecAllowed,
}: {
  port: SharedPortSummary;
  values: ModifyValues;
  set: <K extends keyof ModifyValues>(key: K, value: ModifyValues[K]) => void;
  error: (name: string) => FieldRefusal | undefined;
  highSpecAllowed: boolean;
}) {
  const t = useTranslations("partnerActions");
  const plan = useCircuitPlan(port.regionId, port.circuitId)?.capacity;
  const ownReservedMbps = specMbps(reservedSpec(port.spec, port.expectSpec));
  const reservedFor = (spec: Spec) => reservedSpec(port.spec, spec === port.spec ? null : spec);
  const delta = values.expectSpec ? specMbps(reservedFor(values.expectSpec)) - ownReservedMbps : 0;
  return (
    <>
      <VlanField
        regionId={port.regionId}
        circuitId={port.circuitId}
        instanceId={port.id}
        value={values.vlanId}
        onChange={(vlan) => set("vlanId", vlan)}
        label={t("vlanId")}
        hint={t("vlanIdHint")}
        error={error("vlanId")}
      />
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
            <SpecOptions
              specs={SPECS.filter((s) => s !== port.spec)}
              plan={plan}
              ownReservedMbps={ownReservedMbps}
              reservedFor={reservedFor}
              highSpecAllowed={highSpecAllowed}
            />
          </select>
        )}
      </Field>
      <CapacityPreview plan={plan} pendingDeltaMbps={delta} />
    </>
  );
}
