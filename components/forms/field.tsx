"use client";

import { useId } from "react";

/** A labelled input row: every input has a label, a hint and its error wired by aria-describedby. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: React.ReactNode;
  /** A refusal's message, with its code shown for support when the operation gave one. */
  error?: string | { message: string; code: string };
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-red-700">
          {typeof error === "string" ? error : error.message}
          {typeof error === "string" ? null : (
            <>
              {" "}
              <code className="ml-1 text-xs text-red-600">{error.code}</code>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-slate-300 bg-white px-2.5 py-1.5 aria-invalid:border-red-500 disabled:bg-slate-100";

/** Matches an operation's refusal field ("VlanId", "vlanId", "Tag.2.Key") to a form field name. */
export function fieldOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  if (/^tags?\b/i.test(field)) return "tags";
  return field.charAt(0).toLowerCase() + field.slice(1);
}
