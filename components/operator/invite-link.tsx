"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";

/** The one-time link the operator passes on (there is no mail here); shown once, never stored readable. */
export function InviteLink({ email, path }: { email: string; path: string }) {
  const t = useTranslations("operator");
  const url = `${window.location.origin}${path}`;
  return (
    <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3">
      <p className="mb-1 font-medium">{t("inviteReady", { email })}</p>
      <p className="flex items-center gap-2 break-all">
        <a href={url} className="font-mono text-brand-700">
          {url}
        </a>
        <CopyButton value={url} />
      </p>
    </div>
  );
}
