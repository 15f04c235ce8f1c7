import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/console/account-menu";
import { LanguageSelect } from "@/components/console/language-select";
import { LiveUpdates } from "@/components/console/live-updates";
import { NotificationBell } from "@/components/console/notification-bell";
import { RegionSelect } from "@/components/console/region-select";
import { MobileNav, SideNav } from "@/components/console/side-nav";
import { isLocale } from "@/lib/i18n/locales";
import { getDatabase } from "@/db/client";
import { pendingOfferCount } from "@/lib/server/console";
import { consoleContext } from "@/lib/server/console-context";
import { getAccountProfile, listRegions } from "@/lib/server/queries/account-profile";
import { readChanges } from "@/lib/server/queries/changes";

export default async function ConsoleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ region: string }>;
}) {
  const { region } = await params;
  const regionRows = await listRegions(await getDatabase());
  if (!regionRows.some((r) => r.id === region)) notFound();
  const ctx = await consoleContext();
  // Pages redirect anonymous visitors to /login with a way back; the shell just stays empty.
  const account = ctx ? await getAccountProfile(ctx) : null;
  const changes = ctx && account ? await readChanges(ctx, null) : null;
  const locale = await getLocale();
  const t = await getTranslations("app");
  const regionOptions = regionRows.map((r) => ({ id: r.id, name: locale === "zh-CN" ? r.nameZh : r.nameEn }));

  const nav = {
    region,
    isPartner: account?.isPartner ?? false,
    pendingOffers: ctx && account && !account.isPartner ? await pendingOfferCount(ctx, region) : 0,
  };

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="flex h-12 items-center gap-2 border-b border-slate-200 bg-white px-2 md:gap-4 md:px-4">
        <MobileNav {...nav} />
        <span className="hidden font-semibold whitespace-nowrap text-brand-700 sm:inline">{t("name")}</span>
        <span aria-hidden className="hidden text-slate-400 lg:inline">
          |
        </span>
        <span className="hidden text-slate-600 lg:inline">{t("product")}</span>
        <div className="min-w-0 md:ml-4">
          <RegionSelect regions={regionOptions} current={region} />
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-2 md:gap-4">
          <LanguageSelect current={isLocale(locale) ? locale : "en"} />
          {changes ? <NotificationBell region={region} initialUnread={changes.unread} /> : null}
          {changes ? <LiveUpdates /> : null}
          {account ? (
            <AccountMenu name={account.name} uid={account.uid} isPartner={account.isPartner} region={region} />
          ) : null}
        </div>
      </header>
      <div className="flex flex-1">
        <SideNav {...nav} />
        <main id="main" className="min-w-0 flex-1 p-3 md:p-4 xl:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
