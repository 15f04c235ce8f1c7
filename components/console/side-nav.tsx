"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

type NavProps = {
  region: string;
  isPartner: boolean;
  /** Shared ports waiting for this tenant's acceptance: a badge, so a new offer is not missed. */
  pendingOffers: number;
};

/** The console's sidebar from 768 px up; below that, the same links behind the header's Menu button. */
export function SideNav(props: NavProps) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("label")} className="hidden w-52 shrink-0 border-r border-slate-200 bg-white md:block">
      <NavLinks {...props} />
    </nav>
  );
}

export function MobileNav(props: NavProps) {
  const t = useTranslations("nav");
  const td = useTranslations("dialog");
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A link followed closes the menu; the new page is the answer.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && openedAt !== pathname) setOpen(false);
  return (
    <RadixDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpenedAt(pathname);
        setOpen(next);
      }}
    >
      <RadixDialog.Trigger className="inline-flex items-center gap-1 rounded p-1 hover:bg-slate-100 md:hidden">
        <Menu aria-hidden size={18} />
        <span className="sr-only">{t("menu")}</span>
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-64 max-w-[85vw] overflow-y-auto bg-white shadow-xl"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
            <RadixDialog.Title className="font-semibold">{t("menu")}</RadixDialog.Title>
            <RadixDialog.Close
              aria-label={td("close")}
              className="rounded p-1 text-slate-500 hover:bg-slate-100"
            >
              <X aria-hidden size={16} />
            </RadixDialog.Close>
          </div>
          <nav aria-label={t("label")}>
            <NavLinks {...props} />
          </nav>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function NavLinks({ region, isPartner, pendingOffers }: NavProps) {
  const t = useTranslations("nav");
  const tLog = useTranslations("operationLog");
  const pathname = usePathname();
  const items = [
    { href: `/${region}/physical-connection`, label: t("physicalConnection"), badge: pendingOffers },
    { href: `/${region}/orders`, label: t("orders") },
    ...(isPartner ? [{ href: `/${region}/quota-center`, label: t("quotaCenter") }] : []),
    { href: `/${region}/operation-log`, label: tLog("title") },
  ];
  return (
    <>
      <p aria-hidden className="px-4 pt-4 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("label")}
      </p>
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          const badge = "badge" in item && item.badge ? item.badge : 0;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center border-l-2 px-4 py-2 ${
                  current
                    ? "border-brand-600 bg-brand-50 font-medium text-brand-700"
                    : "border-transparent hover:bg-slate-50"
                }`}
              >
                {item.label}
                {badge ? " " : null}
                {badge ? (
                  // Read once, as a sentence: "Physical Connection 1 shared port waiting for acceptance".
                  <span className="ml-2 shrink-0 rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-white">
                    <span aria-hidden="true">{badge}</span>
                    <span className="sr-only">{t("pendingOffers", { count: badge })}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
