"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { fieldOf } from "@/components/forms/field";
import type { Refusal } from "@/lib/console/action-result";
import { refusalMessage } from "@/lib/console/refusal-message";
import { inputError } from "@/lib/inputs/input-error";
import { Button, type ButtonProps } from "./button";
import { Dialog } from "./dialog";
import { type ServerAction, useAction } from "./use-action";

/** What a refused field shows beside it: a sentence and the code, for support. */
export type FieldRefusal = { message: string; code: string };

/** What a dialog's fields get to render with. */
type ActionForm<V> = {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** The refusal to show beside the field that sends the operation input `name`. */
  error: (name: string) => FieldRefusal | undefined;
};

/**
 * The action's input, made from the form's values. With the operation's own input schema, the form first
 * refuses what the operation would, before it asks or sends anything; the input may then be a draft with
 * empty fields left out, for the schema to name what is missing.
 */
type InputProps<V, In> =
  | { input: (values: V) => NoInfer<In>; schema?: undefined }
  | { input: (values: V) => Partial<NoInfer<In>>; schema: z.ZodType<unknown, NoInfer<In>> };

export type ActionDialogProps<V, In, O> = InputProps<V, In> & {
  /** The button that opens the dialog; Escape, Cancel and success return the focus to it. */
  trigger?: {
    label: React.ReactNode;
    ariaLabel?: string;
    variant?: ButtonProps["variant"];
    disabledReason?: string;
  };
  /** For a dialog that something else opens as well (Confirm Order after Accept). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Without a trigger, where the focus goes back to when the dialog closes (the menu that opened it). */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
  title: string;
  description?: React.ReactNode;
  wide?: boolean;
  danger?: boolean;
  /** The values the form opens with, asked again at every opening: nothing typed before survives Cancel. */
  initialValues?: () => V;
  /** The operation input names the form shows a field for; a refusal naming another goes above the form. */
  fields?: readonly string[];
  /** A second step saying what will happen, shown once the input checks out. */
  confirm?: (values: V) => { title: string; description: React.ReactNode };
  action: ServerAction<In, O>;
  /** The success toast: a sentence, or one made from the answer and the values sent. */
  success?: string | ((data: O, values: V) => string);
  onSuccess?: (data: O) => void;
  submitLabel?: string;
  pendingLabel?: string;
  children?: (form: ActionForm<V>) => React.ReactNode;
};

/**
 * Every console dialog that runs an action: it opens fresh with the focus on its first field, Enter
 * submits, the input is checked with the operation's schema first, OK shows progress until the answer,
 * a refusal lands beside its field (or above the form, announced) and success closes it with a toast.
 */
export function ActionDialog<V = Record<string, never>, In = unknown, O = unknown>(
  props: ActionDialogProps<V, In, O>,
) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [openState, setOpenState] = useState(false);
  const open = props.open ?? openState;
  const setOpen = (next: boolean) => {
    setOpenState(next);
    props.onOpenChange?.(next);
  };
  const { trigger } = props;
  return (
    <>
      {trigger ? (
        <Button
          ref={triggerRef}
          variant={trigger.variant ?? "link"}
          aria-label={trigger.ariaLabel}
          disabledReason={trigger.disabledReason}
          onClick={() => setOpen(true)}
        >
          {trigger.label}
        </Button>
      ) : null}
      {open ? (
        <ActionDialogPanel
          {...props}
          close={() => setOpen(false)}
          returnFocusTo={trigger ? triggerRef : (props.returnFocusTo ?? triggerRef)}
        />
      ) : null}
    </>
  );
}

// Mounted only while open, so its state (values, step, refusal) starts over at every opening.
function ActionDialogPanel<V, In, O>({
  close,
  returnFocusTo,
  title,
  description,
  wide,
  danger = false,
  initialValues,
  fields = [],
  input,
  schema,
  confirm,
  action,
  success,
  onSuccess,
  submitLabel,
  pendingLabel,
  children,
}: ActionDialogProps<V, In, O> & {
  close: () => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}) {
  const t = useTranslations("dialog");
  const te = useTranslations("errors");
  const contentRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<V>(() => (initialValues ? initialValues() : ({} as V)));
  const [step, setStep] = useState<"form" | "confirm">("form");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [shown, setShown] = useState(0);
  const show = (next: { step: "form" | "confirm"; refusal: Refusal | null }) => {
    setStep(next.step);
    setRefusal(next.refusal);
    setShown((n) => n + 1);
  };
  // Once a new step or refusal has rendered, the focus goes where the user carries on.
  useEffect(() => {
    if (shown > 0) focusStart(contentRef.current);
  }, [shown]);
  const running = useAction(action, {
    success: typeof success === "function" ? (data) => success(data, values) : success,
    onSuccess: (data) => {
      close();
      onSuccess?.(data);
    },
    onRefused: (answer) => show({ step: "form", refusal: answer }),
  });

  const blamed = refusal ? fieldOf(refusal.field) : undefined;
  const placed = blamed !== undefined && fields.includes(blamed);
  const form: ActionForm<V> = {
    values,
    set: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    error: (name) => {
      if (!refusal || !placed || blamed !== name) return undefined;
      return { message: fieldMessage(refusal, t), code: refusal.code };
    },
  };

  const submit = () => {
    if (running.pending) return;
    const request = input(values);
    const checked = schema?.safeParse(request);
    if (checked?.success === false) {
      const error = inputError(checked.error);
      show({
        step: "form",
        refusal: { ok: false, code: error.code, message: refusalMessage(te, error), field: error.field },
      });
      return;
    }
    if (confirm && step === "form") {
      show({ step: "confirm", refusal: null });
      return;
    }
    setRefusal(null);
    // Without a schema the input is complete by its type; with one, the schema has just accepted it.
    running.run(request as In);
  };
  const cancel = () => (step === "confirm" ? show({ step: "form", refusal: null }) : close());
  const confirming = confirm && step === "confirm" ? confirm(values) : null;

  return (
    <Dialog
      open
      onOpenChange={(next) => (next ? undefined : close())}
      title={confirming?.title ?? title}
      description={confirming ? confirming.description : description}
      wide={wide && !confirming}
      returnFocusTo={returnFocusTo}
      contentRef={contentRef}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        focusStart(event.currentTarget as HTMLElement);
      }}
      onEscapeKeyDown={(event) => {
        if (!confirming) return;
        event.preventDefault();
        cancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormNotice refusal={refusal && !placed ? refusal : null} />
        {confirming ? null : children?.(form)}
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={cancel}>{t("cancel")}</Button>
          <Button
            type="submit"
            variant={danger ? "danger" : "primary"}
            pending={running.pending}
            data-primary
          >
            {running.pending ? (pendingLabel ?? t("working")) : (submitLabel ?? t("ok"))}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

// In order of preference; within one selector, the first in the document wins.
const FOCUS_ORDER = [
  "[aria-invalid='true']",
  "input:not([type='hidden']):not([readonly]):not([disabled]), select:not([disabled]), textarea:not([readonly]):not([disabled])",
  "[data-primary]",
];

/** The blamed field, else the first field, else the dialog's main button. */
function focusStart(root: HTMLElement | null) {
  for (const selector of FOCUS_ORDER) {
    const target = root?.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      return;
    }
  }
}

/** Beside its field, a refusal that only names the field says so in a sentence instead. */
function fieldMessage(refusal: Refusal, t: (key: "fieldRequired" | "fieldInvalid") => string): string {
  if (refusal.code === "MissingParameter") return t("fieldRequired");
  if (refusal.code === "InvalidParameter") return t("fieldInvalid");
  return refusal.message;
}

/** A refusal that concerns no field of the form, above it, announced, with the code for support. */
function FormNotice({ refusal }: { refusal: { message: string; code: string } | null }) {
  const t = useTranslations("dialog");
  return (
    <div aria-live="polite">
      {refusal ? (
        <div className="mb-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          <p>{refusal.message}</p>
          <p className="mt-1 text-xs text-red-600">
            {t("errorCode")}: <code>{refusal.code}</code>
          </p>
        </div>
      ) : null}
    </div>
  );
}
