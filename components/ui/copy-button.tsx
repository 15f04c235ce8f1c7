"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies an ID to the clipboard; the icon turns into a tick for a moment to say it worked. */
export function CopyButton({ value }: { value: string }) {
  const t = useTranslations("list");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={t("copyLabel", { value })}
      title={t("copy")}
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
      className="ml-1 inline-flex rounded p-0.5 align-middle text-slate-500 hover:bg-slate-100 hover:text-slate-700"
    >
      {copied ? <Check aria-hidden size={12} /> : <Copy aria-hidden size={12} />}
    </button>
  );
}
