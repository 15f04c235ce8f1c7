"use client";

import { useState } from "react";
import { useConsoleAction } from "@/lib/client/use-console-action";
import type { ActionResult } from "@/lib/server/console-action";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

type Refusal = { code: string; message: string };

/**
 * A row action that asks first: the button (kept visible with its reason when refused), the
 * confirmation dialog, progress while it runs, the refusal inside the dialog and a toast on success.
 */
export function ConfirmAction<O>({
  label,
  ariaLabel,
  disabledReason,
  title,
  description,
  success,
  danger = false,
  run,
  input,
  onSuccess,
}: {
  label: string;
  ariaLabel?: string;
  disabledReason?: string;
  title: string;
  description: React.ReactNode;
  success: string;
  danger?: boolean;
  run: (input: unknown) => Promise<ActionResult<O>>;
  input: unknown;
  onSuccess?: (data: O) => void;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const mutation = useConsoleAction(run, {
    success,
    onSuccess: (data) => {
      setOpen(false);
      onSuccess?.(data);
    },
    onRefused: setError,
    toastRefusal: false,
  });
  return (
    <>
      <Button
        variant="link"
        disabledReason={disabledReason}
        aria-label={ariaLabel}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        danger={danger}
        pending={mutation.isPending}
        error={error}
        onConfirm={() => mutation.mutate(input)}
      />
    </>
  );
}
