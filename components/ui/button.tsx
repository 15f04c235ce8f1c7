"use client";

import * as Tooltip from "@radix-ui/react-tooltip";
import { forwardRef, useId } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

// An unavailable button is greyed with colours that still read at 4.5:1, not faded below it.
const VARIANTS: Record<Variant, string> = {
  primary:
    "rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 aria-disabled:bg-slate-200 aria-disabled:text-slate-600",
  secondary:
    "rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50 aria-disabled:text-slate-500",
  danger:
    "rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 aria-disabled:bg-slate-200 aria-disabled:text-slate-600",
  link: "text-brand-700 hover:underline aria-disabled:text-slate-500 aria-disabled:no-underline",
};

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  pending?: boolean;
  /** Why the action is not available now: the button stays visible and focusable, and says why. */
  disabledReason?: string;
};

/**
 * A button that shows progress while pending and, when refused, keeps its place and explains
 * itself on hover and focus instead of disappearing.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", pending = false, disabledReason, className = "", children, onClick, ...rest },
  ref,
) {
  const reasonId = useId();
  const unavailable = Boolean(disabledReason) || pending;
  const button = (
    <button
      ref={ref}
      type="button"
      {...rest}
      aria-disabled={unavailable || undefined}
      aria-describedby={disabledReason ? reasonId : rest["aria-describedby"]}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (unavailable) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      className={`${VARIANTS[variant]} whitespace-nowrap aria-disabled:cursor-not-allowed ${className}`}
    >
      {children}
      {disabledReason ? (
        <span id={reasonId} className="sr-only">
          {disabledReason}
        </span>
      ) : null}
    </button>
  );
  if (!disabledReason) return button;
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>{button}</Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            role="tooltip"
            sideOffset={4}
            className="z-50 max-w-xs rounded bg-slate-800 px-2.5 py-1.5 text-xs text-white shadow"
          >
            {disabledReason}
            <Tooltip.Arrow className="fill-slate-800" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
});
