"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { FieldRefusal } from "@/components/ui/action-dialog";
import { refusalMessage } from "@/lib/console/refusal-message";
import { type CapacityPlan, checkSpecFits, planAfter } from "@/lib/domain/capacity";
import { HIGH_SPECS, SPECS, type Spec, specMbps } from "@/lib/domain/enums";
import { DomainError } from "@/lib/domain/errors";
import { formatMbps, formatSpec } from "@/lib/format";
import type { CircuitPlanDto } from "@/lib/server/operations/describe-circuit-plan";
import type { VlanAvailabilityDto } from "@/lib/server/operations/describe-vlan-availability";

async function getJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url, { cache: "no-store" });
  // A refused question (a malformed VLAN still being typed) has no answer to show; the form's own check names it.
  if (response.status >= 400 && response.status < 500) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The partner's plan of its circuit, asked when a dialog that changes the circuit opens. */
export function useCircuitPlan(regionId: string, circuitId: string) {
  const params = new URLSearchParams({ region: regionId, circuit: circuitId });
  return useQuery({
    queryKey: ["circuit-plan", regionId, circuitId],
    queryFn: () => getJson<CircuitPlanDto>(`/api/console/circuit-plan?${params}`),
    staleTime: 0,
  }).data;
}

function useSettled<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The VLAN ID field of Create and Modify Shared Port: "Next free" fills in the first VLAN free for the
 * tenant, and whether the typed VLAN is free shows as it is typed (DescribeVlanAvailability).
 */
export function VlanField({
  regionId,
  circuitId,
  tenantUid,
  instanceId,
  value,
  onChange,
  label,
  hint,
  error,
}: {
  regionId: string;
  circuitId: string;
  tenantUid?: string;
  instanceId?: string;
  value: string;
  onChange: (value: string) => void;
  label: string;
  hint: string;
  error?: FieldRefusal;
}) {
  const t = useTranslations("planning");
  const te = useTranslations("errors");
  const asked = useSettled({ value, tenantUid });
  const params = new URLSearchParams({ region: regionId, circuit: circuitId });
  if (/^\d{1,4}$/.test(asked.value)) params.set("vlan", asked.value);
  if (asked.tenantUid && /^\d{16}$/.test(asked.tenantUid)) params.set("tenant", asked.tenantUid);
  if (instanceId) params.set("instance", instanceId);
  const { data } = useQuery({
    queryKey: ["vlan-availability", params.toString()],
    queryFn: () => getJson<VlanAvailabilityDto>(`/api/console/vlan-availability?${params}`),
    staleTime: 0,
  });
  // A refusal from submitting already stands beside the field; the live answer returns once it is retyped.
  const current = !error && data && data.vlanId !== null && String(data.vlanId) === value ? data : undefined;
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <>
          <div className="flex gap-2">
            <input
              {...p}
              type="number"
              min={0}
              max={2999}
              step={1}
              required
              value={value}
              onChange={(e) => onChange(e.target.value)}
              className={inputClass}
            />
            <Button
              // Asked afresh on click: the answer shown may still be for the account ID typed before.
              onClick={async () => {
                const now = new URLSearchParams({ region: regionId, circuit: circuitId });
                if (tenantUid && /^\d{16}$/.test(tenantUid)) now.set("tenant", tenantUid);
                if (instanceId) now.set("instance", instanceId);
                const answer = await getJson<VlanAvailabilityDto>(`/api/console/vlan-availability?${now}`);
                if (answer?.nextFree != null) onChange(String(answer.nextFree));
              }}
              disabledReason={data && data.nextFree === null ? t("noFreeVlan") : undefined}
            >
              {t("nextFree")}
            </Button>
          </div>
          <p role="status" className="mt-1 text-xs">
            {current ? (
              current.refusal === null ? (
                <span className="text-green-800">{t("vlanFree", { vlan: value })}</span>
              ) : (
                <span className="text-amber-800">
                  {refusalMessage(te, new DomainError(current.refusal, { field: "VlanId" }))}
                </span>
              )
            ) : null}
          </p>
        </>
      )}
    </Field>
  );
}

/** Why a Spec cannot be chosen: the same capacity rule the operation applies, or nothing when it fits. */
export function specMisfit(
  plan: CapacityPlan | undefined,
  spec: Spec,
  ownReservedMbps = 0,
): DomainError | undefined {
  if (!plan) return undefined;
  const verdict = checkSpecFits({
    capacityMbps: plan.capacityMbps,
    reservedMbps: plan.committedMbps + plan.pendingMbps - ownReservedMbps,
    requested: spec,
  });
  return verdict.ok ? undefined : verdict.error;
}

/** The bandwidth options, those over the allowlist or the circuit's free capacity disabled with why. */
export function SpecOptions({
  specs = SPECS,
  plan,
  ownReservedMbps,
  highSpecAllowed,
  reservedFor = (spec) => spec,
}: {
  specs?: readonly Spec[];
  plan: CapacityPlan | undefined;
  ownReservedMbps?: number;
  highSpecAllowed: boolean;
  /** What choosing the Spec would reserve (a decrease keeps the current Spec reserved until paid). */
  reservedFor?: (spec: Spec) => Spec;
}) {
  const t = useTranslations("planning");
  return (
    <>
      {specs.map((spec) => {
        const gated = (HIGH_SPECS as readonly string[]).includes(spec) && !highSpecAllowed;
        const misfit = specMisfit(plan, reservedFor(spec), ownReservedMbps);
        const why = gated
          ? t("allowlistOnly")
          : misfit
            ? t("doesNotFit", { free: formatMbps(plan?.freeMbps ?? 0) })
            : undefined;
        return (
          <option key={spec} value={spec} disabled={Boolean(why)}>
            {formatSpec(spec)}
            {why ? ` (${why})` : ""}
          </option>
        );
      })}
    </>
  );
}

/** The circuit's capacity now and after the change the dialog would make. */
export function CapacityPreview({
  plan,
  pendingDeltaMbps,
}: {
  plan: CapacityPlan | undefined;
  pendingDeltaMbps: number;
}) {
  const t = useTranslations("planning");
  if (!plan) return <p className="mb-4 text-xs text-slate-500">{t("loadingPlan")}</p>;
  const after = planAfter(plan, pendingDeltaMbps);
  return (
    <section aria-label={t("whatIf")} className="mb-4 rounded border border-slate-200 bg-slate-50 p-3">
      <h3 className="mb-2 font-medium">{t("whatIf")}</h3>
      <table className="w-full text-left text-xs">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="font-normal" />
            <th scope="col">{t("committed")}</th>
            <th scope="col">{t("pending")}</th>
            <th scope="col">{t("free")}</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ["now", plan],
              ["after", after],
            ] as const
          ).map(([row, p]) => (
            <tr key={row}>
              <th scope="row" className="pr-2 font-normal text-slate-600">
                {t(row)}
              </th>
              <td>{formatMbps(p.committedMbps)}</td>
              <td>{formatMbps(p.pendingMbps)}</td>
              <td>{formatMbps(p.freeMbps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CapacityBar plan={after} />
    </section>
  );
}

/** Committed, pending and free as one bar; the numbers beside it say the same for screen readers. */
export function CapacityBar({ plan }: { plan: CapacityPlan }) {
  const pct = (mbps: number) => `${Math.min(100, (mbps / Math.max(1, plan.capacityMbps)) * 100)}%`;
  return (
    <div aria-hidden className="mt-2 flex h-2 w-full overflow-hidden rounded bg-slate-200">
      <span className="block h-2 bg-brand-600" style={{ width: pct(plan.committedMbps) }} />
      <span className="block h-2 bg-amber-400" style={{ width: pct(plan.pendingMbps) }} />
    </div>
  );
}

/** How many Mbit/s a port of this Spec holds back: what a new offer adds to pending. */
export function reservedMbpsOf(spec: Spec | ""): number {
  return spec ? specMbps(spec) : 0;
}
