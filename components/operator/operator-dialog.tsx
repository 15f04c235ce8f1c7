"use client";

import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog } from "@/components/ui/action-dialog";
import type { ButtonProps } from "@/components/ui/button";
import type { ServerAction } from "@/components/ui/use-action";

/** One input of an operator form: its operation field name, label, and how it is typed. */
export type OperatorField = {
  name: string;
  label: string;
  hint?: string;
  kind?: "text" | "email" | "password" | "number" | "select" | "checkbox";
  options?: ReadonlyArray<{ value: string; label: string }>;
  initial?: string | boolean;
};

type Values = Record<string, string | boolean>;

/**
 * The operator console's dialogs: labelled fields whose values become the operation's input (empty
 * text left out, numbers as numbers), refused beside their field as every console dialog is.
 */
export function OperatorDialog<O>({
  trigger,
  title,
  fields,
  fixed = {},
  action,
  success,
  onSuccess,
  danger,
}: {
  trigger: { label: string; ariaLabel?: string; variant?: ButtonProps["variant"] };
  title: string;
  fields: readonly OperatorField[];
  /** Input that is not typed: the account or circuit the dialog is for. */
  fixed?: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: each caller's server action has its own input type.
  action: ServerAction<any, O>;
  success: string;
  onSuccess?: (data: O) => void;
  danger?: boolean;
}) {
  return (
    <ActionDialog<Values, Record<string, unknown>, O>
      trigger={trigger}
      title={title}
      danger={danger}
      initialValues={() =>
        Object.fromEntries(
          fields.map((f) => [
            f.name,
            f.initial ?? (f.kind === "checkbox" ? false : (f.options?.[0]?.value ?? "")),
          ]),
        )
      }
      fields={fields.map((f) => f.name)}
      input={(values) => ({ ...fixed, ...inputOf(fields, values) })}
      action={action}
      success={success}
      onSuccess={onSuccess}
    >
      {({ values, set, error }) => (
        <>
          {fields.map((f) =>
            f.kind === "checkbox" ? (
              <label key={f.name} className="mb-4 flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={values[f.name] === true}
                  onChange={(e) => set(f.name, e.target.checked)}
                />
                {f.label}
              </label>
            ) : (
              <Field key={f.name} label={f.label} hint={f.hint} error={error(f.name)}>
                {(p) =>
                  f.kind === "select" ? (
                    <select
                      {...p}
                      value={String(values[f.name])}
                      onChange={(e) => set(f.name, e.target.value)}
                      className={inputClass}
                    >
                      {f.options?.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      {...p}
                      type={f.kind === "number" ? "text" : (f.kind ?? "text")}
                      inputMode={f.kind === "number" ? "numeric" : undefined}
                      autoComplete={f.kind === "password" ? "new-password" : "off"}
                      value={String(values[f.name])}
                      onChange={(e) => set(f.name, e.target.value)}
                      className={inputClass}
                    />
                  )
                }
              </Field>
            ),
          )}
        </>
      )}
    </ActionDialog>
  );
}

function inputOf(fields: readonly OperatorField[], values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const value = values[f.name];
    if (typeof value === "boolean") input[f.name] = value;
    else if (value !== undefined && value.trim() !== "") {
      input[f.name] = f.kind === "number" && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
    }
  }
  return input;
}
