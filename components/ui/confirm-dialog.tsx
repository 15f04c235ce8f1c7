"use client";

import { useTranslations } from "next-intl";
import { Button } from "./button";
import { Dialog } from "./dialog";

/** A destructive or billable action asks first; "OK" runs it and shows progress until it settles. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  onConfirm,
  pending,
  danger = false,
  error,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  onConfirm: () => void;
  pending: boolean;
  danger?: boolean;
  error?: { message: string; code: string } | null;
}) {
  const t = useTranslations("dialog");
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <ErrorNotice error={error ?? null} />
      <div className="mt-2 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>{t("cancel")}</Button>
        <Button variant={danger ? "danger" : "primary"} pending={pending} onClick={onConfirm}>
          {pending ? t("working") : t("ok")}
        </Button>
      </div>
    </Dialog>
  );
}

/** A refusal at the top of a dialog or panel, with the code for support. */
export function ErrorNotice({ error }: { error: { message: string; code: string } | null }) {
  const t = useTranslations("dialog");
  return (
    <div aria-live="polite">
      {error ? (
        <div className="mb-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          <p>{error.message}</p>
          <p className="mt-1 text-xs text-red-600">
            {t("errorCode")}: <code>{error.code}</code>
          </p>
        </div>
      ) : null}
    </div>
  );
}
