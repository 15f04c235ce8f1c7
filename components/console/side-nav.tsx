"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function SideNav({ region, isPartner }: { region: string; isPartner: boolean }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const items = [
    { href: `/${region}/physical-connection`, label: t("physicalConnection") },
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
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
