"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import { changePasswordAction } from "@/lib/console/actions/session";

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };

/** "Change password" from the account menu; success ends every session, this one included. */
export function ChangePasswordDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("account");
  const router = useRouter();
  const fields = [
    { name: "currentPassword", label: t("currentPassword"), autoComplete: "current-password" },
    {
      name: "newPassword",
      label: t("newPassword"),
      autoComplete: "new-password",
      hint: t("newPasswordHint"),
    },
    { name: "repeatPassword", label: t("repeatPassword"), autoComplete: "new-password" },
  ] as const;
  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("changeTitle")}
      initialValues={(): Values => ({ currentPassword: "", newPassword: "", repeatPassword: "" })}
      fields={fields.map((f) => f.name)}
      input={(values) => values}
      action={changePasswordAction}
      success={t("changed")}
      onSuccess={() => router.push("/login")}
    >
      {({ values, set, error }) =>
        fields.map((field) => (
          <Field
            key={field.name}
            label={field.label}
            hint={"hint" in field ? field.hint : undefined}
            error={error(field.name)}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete={field.autoComplete}
                value={values[field.name]}
                onChange={(event) => set(field.name, event.target.value)}
                className={inputClass}
              />
            )}
          </Field>
        ))
      }
    </ActionDialog>
  );
}
