"use client";

import { Copy, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { createAccessKeyAction } from "@/lib/console/actions/access-keys";
import type { NewAccessKey } from "@/lib/server/access-keys";

/**
 * "Create AccessKey": the password is typed again (a new key is a lasting API credential), then a dialog
 * shows the AccessKey ID and the AccessKey Secret. The secret lives only in this component's state:
 * closing the dialog or reloading the page drops it for good.
 */
export function CreateAccessKey({ disabledReason }: { disabledReason?: string }) {
  const t = useTranslations("accessKeys");
  const tAccount = useTranslations("account");
  // The secret's dialog gives the focus back to the Create button when it closes.
  const button = useRef<HTMLElement | null>(null);
  const [created, setCreated] = useState<NewAccessKey | null>(null);
  return (
    <>
      <span
        ref={(span) => {
          button.current = span?.querySelector("button") ?? null;
        }}
      >
        <ActionDialog
          trigger={{ label: t("create"), variant: "primary", disabledReason }}
          title={tAccount("confirmTitle")}
          description={tAccount("confirmBody")}
          initialValues={() => ({ password: "" })}
          fields={["password"]}
          input={(values) => values}
          action={createAccessKeyAction}
          onSuccess={setCreated}
          pendingLabel={t("creating")}
        >
          {({ values, set, error }) => (
            <Field label={tAccount("password")} error={error("password")}>
              {(props) => (
                <input
                  {...props}
                  type="password"
                  autoComplete="current-password"
                  value={values.password}
                  onChange={(event) => set("password", event.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
          )}
        </ActionDialog>
      </span>
      <Dialog
        open={created !== null}
        onOpenChange={(open) => (open ? undefined : setCreated(null))}
        title={t("createdTitle")}
        wide
        returnFocusTo={button}
      >
        {created ? (
          <>
            <p role="note" className="mb-4 flex gap-2 rounded bg-amber-50 px-3 py-2 text-amber-900">
              <TriangleAlert aria-hidden size={16} className="mt-0.5 shrink-0" />
              <span>{t("secretWarning")}</span>
            </p>
            <CopyField label={t("id")} value={created.accessKeyId} />
            <CopyField label={t("secret")} value={created.accessKeySecret} />
            <div className="mt-2 flex justify-end">
              <Button variant="primary" onClick={() => setCreated(null)}>
                {t("done")}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  const t = useTranslations("accessKeys");
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(t("copied", { label }));
    } catch {
      toast.error(t("copyFailed"));
    }
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} font-mono`}
        />
        <Button aria-label={t("copy", { label })} onClick={copy} className="inline-flex items-center gap-1.5">
          <Copy aria-hidden size={14} />
          {t("copyShort")}
        </Button>
      </div>
    </div>
  );
}
