"use client";

import { Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog, type FieldRefusal } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { createSharedPortAction } from "@/lib/console/actions/shared-ports";
import type { OrderMode, Spec } from "@/lib/domain/enums";
import { DEFAULT_OFFER_VALIDITY_DAYS, MAX_OFFER_VALIDITY_DAYS } from "@/lib/domain/offer-expiry";
import { formatSpec } from "@/lib/format";
import { createVirtualPhysicalConnectionInput } from "@/lib/inputs/shared-ports";
import { CapacityPreview, reservedMbpsOf, SpecOptions, useCircuitPlan, VlanField } from "./circuit-planning";

type Values = {
  vpconnAliUid: string;
  orderMode: OrderMode;
  vlanId: string;
  spec: Spec | "";
  resourceGroupId: string;
  tags: Array<{ key: string; value: string }>;
  name: string;
  description: string;
  offerValidityDays: string;
};

export type PartnerFormProfile = {
  highSpecAllowed: boolean;
  privilegeValid: boolean;
  resourceGroups: Array<{ id: string; name: string; isDefault: boolean }>;
};

const FIELDS = [
  "vpconnAliUid",
  "orderMode",
  "vlanId",
  "spec",
  "resourceGroupId",
  "tags",
  "name",
  "description",
  "offerValidityDays",
];

/** "Create Shared Port": the panel, then a confirmation of what it will create; errors land beside their field. */
export function CreateSharedPort({
  circuit,
  regionId,
  profile,
  trigger,
}: {
  circuit: { id: string; name: string };
  regionId: string;
  profile: PartnerFormProfile;
  trigger: "button" | "link";
}) {
  const t = useTranslations("createSharedPort");
  const tGroups = useTranslations("resourceGroups");
  const to = useTranslations("offers");
  return (
    <ActionDialog
      trigger={{
        label: t("title"),
        variant: trigger === "button" ? "primary" : "link",
        ariaLabel: trigger === "link" ? t("openFor", { circuit: circuit.name }) : undefined,
      }}
      title={t("title")}
      wide
      initialValues={(): Values => ({
        vpconnAliUid: "",
        orderMode: "PayByVirtualPhysicalConnectionOwner",
        vlanId: "",
        spec: "",
        resourceGroupId: profile.resourceGroups.find((g) => g.isDefault)?.id ?? "",
        tags: [],
        name: "",
        description: "",
        offerValidityDays: String(DEFAULT_OFFER_VALIDITY_DAYS),
      })}
      fields={FIELDS}
      input={(values) => toInput(values, regionId, circuit.id)}
      schema={createVirtualPhysicalConnectionInput}
      confirm={(values) => ({
        title: t("confirmTitle"),
        description: t("confirmBody", {
          uid: values.vpconnAliUid,
          vlan: values.vlanId,
          spec: values.spec ? formatSpec(values.spec) : "",
          payer: t(`orderMode.${values.orderMode}`),
        }),
      })}
      action={createSharedPortAction}
      success={(data) => t("created", { id: data.virtualPhysicalConnection })}
    >
      {({ values, set, error }) => (
        <>
          {profile.privilegeValid ? null : (
            <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("privilegeExpired")}</p>
          )}
          <p className="mb-4 text-slate-600">{t("circuit", { name: circuit.name, id: circuit.id })}</p>
          <Field label={t("accountId")} hint={t("accountIdHint")} error={error("vpconnAliUid")}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="off"
                required
                value={values.vpconnAliUid}
                onChange={(e) => set("vpconnAliUid", e.target.value.trim())}
                className={inputClass}
              />
            )}
          </Field>
          <fieldset className="mb-4">
            <legend className="mb-1 font-medium text-slate-700">{t("payer")}</legend>
            <div className="flex gap-6">
              {(["PayByVirtualPhysicalConnectionOwner", "PayByPhysicalConnectionOwner"] as const).map(
                (mode) => (
                  <label key={mode} className="inline-flex items-center gap-2">
                    <input
                      type="radio"
                      name="orderMode"
                      checked={values.orderMode === mode}
                      onChange={() => set("orderMode", mode)}
                    />
                    {t(`orderMode.${mode}`)}
                  </label>
                ),
              )}
            </div>
          </fieldset>
          <PlannedVlanAndSpec
            regionId={regionId}
            circuitId={circuit.id}
            values={values}
            set={set}
            error={error}
            highSpecAllowed={profile.highSpecAllowed}
          />
          <Field
            label={to("validity")}
            hint={to("validityHint", { max: MAX_OFFER_VALIDITY_DAYS, days: DEFAULT_OFFER_VALIDITY_DAYS })}
            error={error("offerValidityDays")}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={MAX_OFFER_VALIDITY_DAYS}
                step={1}
                value={values.offerValidityDays}
                onChange={(e) => set("offerValidityDays", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            label={t("resourceGroup")}
            hint={
              <Link href={`/${regionId}/resource-groups`} className="text-brand-700 underline">
                {tGroups("manage")}
              </Link>
            }
            error={error("resourceGroupId")}
          >
            {(p) => (
              <select
                {...p}
                value={values.resourceGroupId}
                onChange={(e) => set("resourceGroupId", e.target.value)}
                className={inputClass}
              >
                {profile.resourceGroups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.orderMode === "PayByVirtualPhysicalConnectionOwner" ? (
            <p className="mb-4 text-xs text-slate-500">{t("tagsOnlyWhenPartnerPays")}</p>
          ) : (
            <TagEditor tags={values.tags} onChange={(tags) => set("tags", tags)} error={error("tags")} />
          )}
          <Field label={t("name")} hint={t("nameHint")} error={error("name")}>
            {(p) => (
              <input
                {...p}
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
        </>
      )}
    </ActionDialog>
  );
}

/** VLAN and bandwidth, checked against the circuit's plan as they are chosen, with the circuit after the offer. */
function PlannedVlanAndSpec({
  regionId,
  circuitId,
  values,
  set,
  error,
  highSpecAllowed,
}: {
  regionId: string;
  circuitId: string;
  values: Values;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
  error: (name: string) => FieldRefusal | undefined;
  highSpecAllowed: boolean;
}) {
  const t = useTranslations("createSharedPort");
  const plan = useCircuitPlan(regionId, circuitId)?.capacity;
  return (
    <>
      <VlanField
        regionId={regionId}
        circuitId={circuitId}
        tenantUid={values.vpconnAliUid}
        value={values.vlanId}
        onChange={(vlan) => set("vlanId", vlan)}
        label={t("vlanId")}
        hint={t("vlanIdHint")}
        error={error("vlanId")}
      />
      <Field label={t("spec")} hint={highSpecAllowed ? undefined : t("specHint")} error={error("spec")}>
        {(p) => (
          <select
            {...p}
            required
            value={values.spec}
            onChange={(e) => set("spec", e.target.value as Spec | "")}
            className={inputClass}
          >
            <option value="">{t("specPlaceholder")}</option>
            <SpecOptions plan={plan} highSpecAllowed={highSpecAllowed} />
          </select>
        )}
      </Field>
      <CapacityPreview plan={plan} pendingDeltaMbps={reservedMbpsOf(values.spec)} />
    </>
  );
}

/**
 * The operation's input. Empty fields are left out: a required one is then refused as missing (never
 * filled from an earlier entry), an optional one takes the operation's default instead of refusing "".
 */
function toInput(values: Values, regionId: string, physicalConnectionId: string) {
  const tenantPays = values.orderMode === "PayByVirtualPhysicalConnectionOwner";
  return {
    regionId,
    physicalConnectionId,
    orderMode: values.orderMode,
    tags: tenantPays ? [] : values.tags,
    ...(values.vpconnAliUid ? { vpconnAliUid: values.vpconnAliUid } : {}),
    ...(values.vlanId ? { vlanId: values.vlanId } : {}),
    ...(values.spec ? { spec: values.spec } : {}),
    ...(values.resourceGroupId ? { resourceGroupId: values.resourceGroupId } : {}),
    ...(values.name ? { name: values.name } : {}),
    ...(values.description ? { description: values.description } : {}),
    ...(values.offerValidityDays ? { offerValidityDays: values.offerValidityDays } : {}),
  };
}

function TagEditor({
  tags,
  onChange,
  error,
}: {
  tags: Array<{ key: string; value: string }>;
  onChange: (tags: Array<{ key: string; value: string }>) => void;
  error?: FieldRefusal;
}) {
  const t = useTranslations("createSharedPort");
  return (
    <fieldset className="mb-4">
      <legend className="mb-1 font-medium text-slate-700">{t("tags")}</legend>
      {tags.map((tag, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
        <div key={index} className="mb-2 flex gap-2">
          <input
            aria-label={t("tagKey", { n: index + 1 })}
            value={tag.key}
            onChange={(e) => onChange(tags.map((x, i) => (i === index ? { ...x, key: e.target.value } : x)))}
            className={inputClass}
          />
          <input
            aria-label={t("tagValue", { n: index + 1 })}
            value={tag.value}
            onChange={(e) =>
              onChange(tags.map((x, i) => (i === index ? { ...x, value: e.target.value } : x)))
            }
            className={inputClass}
          />
          <Button
            aria-label={t("removeTag", { n: index + 1 })}
            onClick={() => onChange(tags.filter((_, i) => i !== index))}
          >
            <Trash2 aria-hidden size={14} />
          </Button>
        </div>
      ))}
      <Button
        onClick={() => onChange([...tags, { key: "", value: "" }])}
        disabledReason={tags.length >= 20 ? t("tagLimit") : undefined}
      >
        <Plus aria-hidden size={14} className="inline" /> {t("addTag")}
      </Button>
      {error ? (
        <p className="mt-1 text-red-700">
          {error.message} <code className="ml-1 text-xs text-red-600">{error.code}</code>
        </p>
      ) : null}
    </fieldset>
  );
}
