"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

/** One action under More: its menu item, and the dialog it opens (kept outside the menu, which closes). */
export type MenuAction = {
  id: string;
  label: string;
  ariaLabel: string;
  /** Why it cannot run now: the item stays in the menu, focusable, and says why under its label. */
  disabledReason?: string;
  dialog: (props: {
    open: boolean;
    onOpenChange: (open: boolean) => void;
    returnFocusTo: React.RefObject<HTMLElement | null>;
  }) => React.ReactNode;
};

/**
 * A row's actions as the console lays them out: the primary one inline, the rest under More, so a
 * row stays one line high however many actions it has.
 */
export function RowActions({
  primary,
  more,
  name,
}: {
  primary?: React.ReactNode;
  more: MenuAction[];
  /** The resource's name, so each row's More has a name of its own. */
  name: string;
}) {
  const t = useTranslations("list");
  const moreRef = useRef<HTMLButtonElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const reasonPrefix = useId();
  return (
    <div className="flex items-center gap-3 whitespace-nowrap">
      {primary}
      {more.length > 0 ? (
        <DropdownMenu.Root modal={false}>
          <DropdownMenu.Trigger
            ref={moreRef}
            aria-label={t("moreLabel", { name })}
            className="inline-flex items-center gap-0.5 text-brand-700 hover:underline"
          >
            {t("more")}
            <ChevronDown aria-hidden size={14} />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              align="end"
              sideOffset={4}
              className="z-50 min-w-44 max-w-72 rounded border border-slate-200 bg-white p-1 shadow-lg"
            >
              {more.map((action) => {
                const reasonId = `${reasonPrefix}-${action.id}`;
                return (
                  <DropdownMenu.Item
                    key={action.id}
                    aria-label={action.ariaLabel}
                    aria-disabled={action.disabledReason ? true : undefined}
                    aria-describedby={action.disabledReason ? reasonId : undefined}
                    onSelect={(event) => {
                      if (action.disabledReason) {
                        event.preventDefault();
                        return;
                      }
                      setOpenId(action.id);
                    }}
                    className="cursor-pointer rounded px-3 py-1.5 outline-none data-[highlighted]:bg-slate-100 aria-disabled:cursor-not-allowed"
                  >
                    <span className={action.disabledReason ? "text-slate-500" : undefined}>
                      {action.label}
                    </span>
                    {action.disabledReason ? (
                      <span id={reasonId} className="block text-xs whitespace-normal text-slate-500">
                        {action.disabledReason}
                      </span>
                    ) : null}
                  </DropdownMenu.Item>
                );
              })}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ) : null}
      {more.map((action) => (
        <span key={action.id} className="contents">
          {action.dialog({
            open: openId === action.id,
            onOpenChange: (open) => setOpenId(open ? action.id : null),
            returnFocusTo: moreRef,
          })}
        </span>
      ))}
    </div>
  );
}
