"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Field, fieldRefusal, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/server/console-action";
import { changePasswordAction } from "./actions";

type Refusal = Extract<ActionResult<null>, { ok: false }>;

/** "Change password" from the account menu; success ends every session, this one included. */
export function ChangePasswordDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("account");
  const tDialog = useTranslations("dialog");
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("repeatPassword") ?? "")) {
      setRefusal({ ok: false, code: "PasswordMismatch", message: t("mismatch"), field: "repeatPassword" });
      return;
    }
    setPending(true);
    const result = await changePasswordAction({ currentPassword: form.get("currentPassword"), newPassword });
    setPending(false);
    if (!result.ok) {
      setRefusal(result);
      return;
    }
    toast.success(t("changed"));
    router.push("/login");
  }

  const input = (name: string, autoComplete: string) => (props: { id: string }) => (
    <input
      {...props}
      name={name}
      type="password"
      autoComplete={autoComplete}
      required
      className={inputClass}
    />
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setRefusal(null);
        onOpenChange(next);
      }}
      title={t("changeTitle")}
    >
      <form action={submit} noValidate>
        {refusal && !refusal.field ? <ErrorNotice error={refusal} /> : null}
        <Field label={t("currentPassword")} error={fieldRefusal(refusal, "currentPassword")}>
          {input("currentPassword", "current-password")}
        </Field>
        <Field
          label={t("newPassword")}
          hint={t("newPasswordHint")}
          error={fieldRefusal(refusal, "newPassword")}
        >
          {input("newPassword", "new-password")}
        </Field>
        <Field label={t("repeatPassword")} error={fieldRefusal(refusal, "repeatPassword")}>
          {input("repeatPassword", "new-password")}
        </Field>
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>{tDialog("cancel")}</Button>
          <Button type="submit" variant="primary" pending={pending}>
            {pending ? tDialog("working") : tDialog("ok")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
