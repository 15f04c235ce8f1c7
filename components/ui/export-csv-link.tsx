import { Download } from "lucide-react";
import { useTranslations } from "next-intl";

/** Downloads what the list's filters show, every page, as CSV (a console route streams it). */
export function ExportCsvLink({ href }: { href: string }) {
  const t = useTranslations("csv");
  return (
    <a
      href={href}
      download
      className="inline-flex items-center gap-1.5 rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
    >
      <Download aria-hidden size={14} />
      {t("export")}
    </a>
  );
}
