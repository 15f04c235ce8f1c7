"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function SideNav({
  region,
  isPartner,
  pendingOffers,
}: {
  region: string;
  isPartner: boolean;
  /** Shared ports waiting for this tenant's acceptance: a badge, so a new offer is not missed. */
  pendingOffers: number;
}) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const items = [
    { href: `/${region}/physical-connection`, label: t("physicalConnection"), badge: pendingOffers },
    { href: `/${region}/orders`, label: t("orders") },
    ...(isPartner ? [{ href: `/${region}/quota-center`, label: t("quotaCenter") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="w-52 shrink-0 border-r border-slate-200 bg-white">
      <p className="px-4 pt-4 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("label")}
      </p>
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block border-l-2 px-4 py-2 ${
                  current
                    ? "border-brand-600 bg-brand-50 font-medium text-brand-700"
                    : "border-transparent hover:bg-slate-50"
                }`}
              >
                {item.label}
                {"badge" in item && item.badge ? (
                  <span className="ml-2 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">
                    <span aria-hidden>{item.badge}</span>
                    <span className="sr-only">{t("pendingOffers", { count: item.badge })}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
