"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, fieldOf, fieldRefusal, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { HIGH_SPECS, type OrderMode, SPECS, type Spec } from "@/lib/domain/enums";
import { formatSpec } from "@/lib/format";
import type { ActionResult } from "@/lib/server/console-action";

export type CreateSharedPortInput = {
  regionId: string;
  physicalConnectionId: string;
  vpconnAliUid: string;
  orderMode: OrderMode;
  vlanId: string;
  spec: Spec | "";
  resourceGroupId: string;
  tags: Array<{ key: string; value: string }>;
  name?: string;
  description?: string;
};

export type PartnerFormProfile = {
  highSpecAllowed: boolean;
  privilegeValid: boolean;
  resourceGroups: Array<{ id: string; name: string; isDefault: boolean }>;
};

/** "Create Shared Port": the panel, then a confirmation dialog; errors land beside their field. */
export function CreateSharedPort({
  circuit,
  regionId,
  profile,
  action,
  trigger,
}: {
  circuit: { id: string; name: string };
  regionId: string;
  profile: PartnerFormProfile;
  action: (input: CreateSharedPortInput) => Promise<ActionResult<{ virtualPhysicalConnection: string }>>;
  trigger: "button" | "link";
}) {
  const t = useTranslations("createSharedPort");
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [form, setForm] = useState<CreateSharedPortInput>(() => initialForm(regionId, circuit.id, profile));
  const [error, setError] = useState<{ code: string; message: string; field?: string } | null>(null);
  const create = useConsoleAction(action, {
    success: (data) => t("created", { id: data.virtualPhysicalConnection }),
    onSuccess: () => {
      setConfirming(false);
      setOpen(false);
      setForm(initialForm(regionId, circuit.id, profile));
    },
    onRefused: (refusal) => {
      setConfirming(false);
      setError(refusal);
    },
    toastRefusal: false,
  });
  const set = <K extends keyof CreateSharedPortInput>(key: K, value: CreateSharedPortInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (name: string) => fieldRefusal(error, name);
  const tenantPays = form.orderMode === "PayByVirtualPhysicalConnectionOwner";

  return (
    <>
      <Button
        variant={trigger === "button" ? "primary" : "link"}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        aria-label={trigger === "link" ? t("openFor", { circuit: circuit.name }) : undefined}
      >
        {t("title")}
      </Button>
      <Dialog open={open && !confirming} onOpenChange={setOpen} title={t("title")} wide>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            setConfirming(true);
          }}
        >
          {profile.privilegeValid ? null : (
            <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("privilegeExpired")}</p>
          )}
          {error && !fieldError(fieldOf(error.field) ?? "") ? <ErrorNotice error={error} /> : null}
          <p className="mb-4 text-slate-600">{t("circuit", { name: circuit.name, id: circuit.id })}</p>
          <Field label={t("accountId")} hint={t("accountIdHint")} error={fieldError("vpconnAliUid")}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="off"
                required
                value={form.vpconnAliUid}
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
                      checked={form.orderMode === mode}
                      onChange={() => set("orderMode", mode)}
                    />
                    {t(`orderMode.${mode}`)}
                  </label>
                ),
              )}
            </div>
          </fieldset>
          <Field label={t("vlanId")} hint={t("vlanIdHint")} error={fieldError("vlanId")}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={2999}
                step={1}
                required
                value={form.vlanId}
                onChange={(e) => set("vlanId", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            label={t("spec")}
            hint={profile.highSpecAllowed ? undefined : t("specHint")}
            error={fieldError("spec")}
          >
            {(p) => (
              <select
                {...p}
                required
                value={form.spec}
                onChange={(e) => set("spec", e.target.value as Spec)}
                className={inputClass}
              >
                <option value="">{t("specPlaceholder")}</option>
                {SPECS.map((spec) => {
                  const gated = (HIGH_SPECS as readonly string[]).includes(spec) && !profile.highSpecAllowed;
                  return (
                    <option key={spec} value={spec} disabled={gated}>
                      {formatSpec(spec)}
                      {gated ? ` (${t("allowlistOnly")})` : ""}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
          <Field label={t("resourceGroup")} error={fieldError("resourceGroupId")}>
            {(p) => (
              <select
                {...p}
                value={form.resourceGroupId}
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
          {tenantPays ? (
            <p className="mb-4 text-xs text-slate-500">{t("tagsOnlyWhenPartnerPays")}</p>
          ) : (
            <TagEditor
              tags={form.tags}
              onChange={(tags) => set("tags", tags)}
              error={fieldError("tags")?.message}
            />
          )}
          <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")}>
            {(p) => (
              <input
                {...p}
                value={form.name ?? ""}
                onChange={(e) => set("name", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field label={t("description")} hint={t("descriptionHint")} error={fieldError("description")}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={form.description ?? ""}
                onChange={(e) => set("description", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button type="submit" variant="primary">
              {tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
      <Dialog
        open={open && confirming}
        onOpenChange={(next) => setConfirming(next)}
        title={t("confirmTitle")}
        description={t("confirmBody", {
          uid: form.vpconnAliUid,
          vlan: form.vlanId,
          spec: form.spec ? formatSpec(form.spec) : "—",
          payer: t(`orderMode.${form.orderMode}`),
        })}
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirming(false)}>{tc("cancel")}</Button>
          <Button variant="primary" pending={create.isPending} onClick={() => create.mutate(toInput(form))}>
            {create.isPending ? tc("working") : tc("ok")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

function initialForm(
  regionId: string,
  circuitId: string,
  profile: PartnerFormProfile,
): CreateSharedPortInput {
  return {
    regionId,
    physicalConnectionId: circuitId,
    vpconnAliUid: "",
    orderMode: "PayByVirtualPhysicalConnectionOwner",
    vlanId: "",
    spec: "",
    resourceGroupId: profile.resourceGroups.find((g) => g.isDefault)?.id ?? "",
    tags: [],
    name: "",
    description: "",
  };
}

/** Empty optional fields are left out, so the operation applies its defaults instead of refusing "". */
function toInput(form: CreateSharedPortInput): CreateSharedPortInput {
  const out: CreateSharedPortInput = { ...form };
  if (!out.name) delete out.name;
  if (!out.description) delete out.description;
  if (!out.resourceGroupId) delete (out as Partial<CreateSharedPortInput>).resourceGroupId;
  if (form.orderMode === "PayByVirtualPhysicalConnectionOwner") out.tags = [];
  return out;
}

function TagEditor({
  tags,
  onChange,
  error,
}: {
  tags: Array<{ key: string; value: string }>;
  onChange: (tags: Array<{ key: string; value: string }>) => void;
  error?: string;
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
      {error ? <p className="mt-1 text-red-700">{error}</p> : null}
    </fieldset>
  );
}
