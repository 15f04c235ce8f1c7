"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import {
  Check,
  ChevronDown,
  CircleUserRound,
  Copy,
  KeyRound,
  LockKeyhole,
  LogOut,
  MonitorX,
} from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { DEFAULT_REGION } from "@/lib/regions";
import { logOutAction, logOutEverywhereAction } from "@/lib/console/actions/session";
import { ChangePasswordDialog } from "./change-password";

const ITEM =
  "flex cursor-pointer items-center gap-2 rounded px-3 py-1.5 outline-none data-[highlighted]:bg-slate-100";

export function AccountMenu({ name, uid, isPartner }: { name: string; uid: string; isPartner: boolean }) {
  const t = useTranslations("topBar");
  const tKeys = useTranslations("accessKeys");
  const region = useParams<{ region?: string }>().region ?? DEFAULT_REGION;
  const [pending, startTransition] = useTransition();
  const [changingPassword, setChangingPassword] = useState(false);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <DropdownMenu.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setCopied(false);
        }}
      >
        <DropdownMenu.Trigger className="inline-flex min-w-0 items-center gap-1.5 rounded px-2 py-1 hover:bg-slate-100">
          <CircleUserRound aria-hidden size={18} className="shrink-0" />
          {/* Named by what it shows, then what it is: "Acme Account menu". */}
          <span className="max-w-20 truncate sm:max-w-32">{name}</span>
          <span className="sr-only">{t("accountMenu")}</span>
          <ChevronDown aria-hidden size={14} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="z-50 min-w-64 rounded border border-slate-200 bg-white p-1 shadow-lg"
          >
            <div className="px-3 py-2">
              <p className="font-medium">{name}</p>
              <p className="text-slate-500">{isPartner ? t("partner") : t("tenant")}</p>
              <dl className="mt-2">
                <dt className="text-slate-500">{t("accountId")}</dt>
                <dd className="font-mono select-all">{uid}</dd>
              </dl>
            </div>
            <DropdownMenu.Item
              onSelect={(event) => {
                event.preventDefault();
                void navigator.clipboard?.writeText(uid).then(() => setCopied(true));
              }}
              className={ITEM}
            >
              {copied ? <Check aria-hidden size={14} /> : <Copy aria-hidden size={14} />}
              {copied ? t("accountIdCopied") : t("copyAccountId")}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
            <DropdownMenu.Item asChild>
              <Link href={`/${region}/access-keys`} className={ITEM}>
                <KeyRound aria-hidden size={14} />
                {tKeys("menuItem")}
              </Link>
            </DropdownMenu.Item>
            <DropdownMenu.Item onSelect={() => setChangingPassword(true)} className={ITEM}>
              <LockKeyhole aria-hidden size={14} />
              {t("changePassword")}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
            <DropdownMenu.Item
              disabled={pending}
              onSelect={() => startTransition(() => logOutAction())}
              className={ITEM}
            >
              <LogOut aria-hidden size={14} />
              {t("logOut")}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              disabled={pending}
              onSelect={() => startTransition(() => logOutEverywhereAction())}
              className={ITEM}
            >
              <MonitorX aria-hidden size={14} />
              {t("logOutEverywhere")}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ChangePasswordDialog open={changingPassword} onOpenChange={setChangingPassword} />
    </>
  );
}
