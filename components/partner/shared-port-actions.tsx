"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, fieldOf, fieldRefusal, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import {
  deleteSharedPortAction,
  modifySharedPortAction,
  recoverSharedPortAction,
  terminateSharedPortAction,
} from "@/app/(console)/[region]/physical-connection/actions";
import { useConsoleAction } from "@/lib/client/use-console-action";
import { HIGH_SPECS, SPECS, type Spec } from "@/lib/domain/enums";
import type { HostedConnectionAction } from "@/lib/domain/hosted-connection-state";
import { formatSpec } from "@/lib/format";
import type { ActionResult } from "@/lib/server/console-action";
import type { Availability } from "@/lib/server/console-availability";
import { PartnerPayButton } from "./partner-pay";

export type SharedPortSummary = {
  id: string;
  name: string | null;
  regionId: string;
  vlanId: number | null;
  spec: Spec;
  expectSpec: Spec | null;
  partnerPays: boolean;
  paid: boolean;
};

type Refusal = { code: string; message: string; field?: string };

/** The partner's Actions column on the Shared Physical Connection tab. */
export function SharedPortActions({
  port,
  availability,
  highSpecAllowed,
}: {
  port: SharedPortSummary;
  availability: Record<HostedConnectionAction, Availability>;
  highSpecAllowed: boolean;
}) {
  const reason = (a: HostedConnectionAction) => {
    const entry = availability[a];
    return entry.allowed ? undefined : entry.reason;
  };
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <ModifySharedPort port={port} disabledReason={reason("edit")} highSpecAllowed={highSpecAllowed} />
      {port.partnerPays && !port.paid ? (
        <PartnerPayButton port={port} disabledReason={reason("pay")} />
      ) : null}
      <StateAction
        kind="terminate"
        port={port}
        disabledReason={reason("terminate")}
        run={terminateSharedPortAction}
        input={{ regionId: port.regionId, physicalConnectionId: port.id }}
      />
      <StateAction
        kind="recover"
        port={port}
        disabledReason={reason("recover")}
        run={recoverSharedPortAction}
        input={{ regionId: port.regionId, instanceId: port.id }}
      />
      <StateAction
        kind="delete"
        port={port}
        disabledReason={reason("delete")}
        run={deleteSharedPortAction}
        input={{ regionId: port.regionId, physicalConnectionId: port.id }}
      />
    </div>
  );
}

const STATE_ACTIONS = {
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
} as const;

function StateAction({
  kind,
  port,
  disabledReason,
  run,
  input,
}: {
  kind: keyof typeof STATE_ACTIONS;
  port: SharedPortSummary;
  disabledReason?: string;
  run: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, string>;
}) {
  const t = useTranslations("partnerActions");
  const words = STATE_ACTIONS[kind];
  const name = port.name ?? port.id;
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
  const tc = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const [vlanId, setVlanId] = useState(String(port.vlanId ?? ""));
  const [expectSpec, setExpectSpec] = useState<Spec | "">("");
  const [error, setError] = useState<Refusal | null>(null);
  const label = port.name ?? port.id;
  const mutation = useConsoleAction(modifySharedPortAction, {
    success: t("modified", { name: label }),
    onSuccess: () => setOpen(false),
    onRefused: setError,
    toastRefusal: false,
  });
  const fieldError = (name: string) => fieldRefusal(error, name);
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={t("editLabel", { name: label })}
        onClick={() => {
          setError(null);
          setVlanId(String(port.vlanId ?? ""));
          setExpectSpec("");
          setOpen(true);
        }}
      >
        {t("edit")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("modifyTitle")}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            mutation.mutate({
              regionId: port.regionId,
              instanceId: port.id,
              vlanId,
              ...(expectSpec ? { expectSpec } : {}),
            });
          }}
        >
          {error && !fieldError(fieldOf(error.field) ?? "") ? <ErrorNotice error={error} /> : null}
          <p className="mb-4 text-slate-600">{t("modifyIntro", { name: label })}</p>
          <Field label={t("vlanId")} hint={t("vlanIdHint")} error={fieldError("vlanId")}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={2999}
                value={vlanId}
                onChange={(e) => setVlanId(e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            label={t("newBandwidth")}
            hint={t("newBandwidthHint", { current: formatSpec(port.spec) })}
            error={fieldError("expectSpec")}
          >
            {(p) => (
              <select
                {...p}
                value={expectSpec}
                onChange={(e) => setExpectSpec(e.target.value as Spec | "")}
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
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>{tc("cancel")}</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              {mutation.isPending ? tc("working") : tc("ok")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
