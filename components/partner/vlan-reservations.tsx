"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { deleteVlanReservationAction, reserveVlansAction } from "@/lib/console/actions/planning";
import { createVlanReservationInput } from "@/lib/inputs/planning";

type Values = { fromVlanId: string; toVlanId: string; vpconnAliUid: string };

/** "Reserve VLANs": keep a range on the circuit for one tenant, or (no account ID) for the partner's own use. */
export function ReserveVlans({ regionId, circuitId }: { regionId: string; circuitId: string }) {
  const t = useTranslations("planning");
  return (
    <ActionDialog
      trigger={{ label: t("reserve"), variant: "primary" }}
      title={t("reserveTitle")}
      initialValues={(): Values => ({ fromVlanId: "", toVlanId: "", vpconnAliUid: "" })}
      fields={["fromVlanId", "toVlanId", "vpconnAliUid"]}
      schema={createVlanReservationInput}
      input={(values) => ({
        regionId,
        physicalConnectionId: circuitId,
        ...(values.fromVlanId ? { fromVlanId: values.fromVlanId } : {}),
        ...(values.toVlanId ? { toVlanId: values.toVlanId } : {}),
        ...(values.vpconnAliUid ? { vpconnAliUid: values.vpconnAliUid } : {}),
      })}
      action={reserveVlansAction}
      success={(_data, values) =>
        t("reserved", { from: values.fromVlanId, to: values.toVlanId || values.fromVlanId })
      }
    >
      {({ values, set, error }) => (
        <>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t("fromVlan")} error={error("fromVlanId")}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={2999}
                  required
                  value={values.fromVlanId}
                  onChange={(e) => set("fromVlanId", e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
            <Field label={t("toVlan")} error={error("toVlanId")}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={2999}
                  required
                  value={values.toVlanId}
                  onChange={(e) => set("toVlanId", e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
          <Field label={t("reservedFor")} hint={t("reservedForHint")} error={error("vpconnAliUid")}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="off"
                value={values.vpconnAliUid}
                onChange={(e) => set("vpconnAliUid", e.target.value.trim())}
                className={inputClass}
              />
            )}
          </Field>
        </>
      )}
    </ActionDialog>
  );
}

/** Gives a reserved range back: its VLANs become free for every tenant. */
export function DeleteVlanReservation({
  regionId,
  circuitId,
  fromVlan,
  toVlan,
}: {
  regionId: string;
  circuitId: string;
  fromVlan: number;
  toVlan: number;
}) {
  const t = useTranslations("planning");
  const range = fromVlan === toVlan ? String(fromVlan) : `${fromVlan}-${toVlan}`;
  return (
    <ActionDialog
      trigger={{ label: t("release"), variant: "link", ariaLabel: t("releaseLabel", { range }) }}
      title={t("releaseTitle")}
      description={t("releaseBody", { range })}
      danger
      input={() => ({ regionId, physicalConnectionId: circuitId, fromVlanId: fromVlan })}
      action={deleteVlanReservationAction}
      success={t("released", { range })}
    />
  );
}
