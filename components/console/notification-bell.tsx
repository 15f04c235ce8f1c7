"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useLiveChanges } from "@/lib/console/live-changes";

/**
 * The header's bell: the unread count from the server's render, then from each live poll. Its name
 * carries the count ("Notifications, 3 unread"), so a screen reader hears what the badge shows.
 */
export function NotificationBell({ region, initialUnread }: { region: string; initialUnread: number }) {
  const t = useTranslations("notificationCentre");
  const { data } = useLiveChanges(true);
  const unread = data?.unread ?? initialUnread;
  return (
    <Link
      href={`/${region}/notifications`}
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bellNone")}
      className="relative inline-flex items-center rounded p-1.5 text-slate-700 hover:bg-slate-100"
    >
      <Bell aria-hidden size={18} />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute -top-0.5 -right-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold whitespace-nowrap text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
