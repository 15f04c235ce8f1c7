import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSelect } from "@/components/console/language-select";
import { LogOutButton } from "@/components/operator/log-out-button";
import { isLocale } from "@/lib/i18n/locales";

/** The platform operator's console: apart from partner and tenant pages, with its own navigation. */
export default async function OperatorLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("operator");
  const locale = await getLocale();
  const links = [
    { href: "/operator/accounts", label: t("nav.accounts") },
    { href: "/operator/circuits", label: t("nav.circuits") },
    { href: "/operator/regions", label: t("nav.regions") },
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-2 py-2 md:gap-4 md:px-4">
        <span className="font-semibold whitespace-nowrap text-brand-700">{t("title")}</span>
        <nav aria-label={t("nav.label")} className="flex gap-3">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-brand-700 hover:underline">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2 md:gap-4">
          <LanguageSelect current={isLocale(locale) ? locale : "en"} />
          <LogOutButton />
        </div>
      </header>
      <main id="main" className="min-w-0 flex-1 p-3 md:p-4 xl:p-6">
        {children}
      </main>
    </div>
  );
}
