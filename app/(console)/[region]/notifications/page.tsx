import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MarkRead } from "@/components/notifications/mark-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { listQuery } from "@/lib/console/list-query";
import { readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { listNotifications, NOTIFICATION_PAGE_SIZE } from "@/lib/server/operations/list-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationCentre"))("title") };
}

/** The account's notification centre: newest first, paged, all or unread only, mark one or all read. */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region } = await params;
  const query = await searchParams;
  const path = `/${region}/notifications`;
  const { page } = listQuery(query);
  const unreadOnly = query.show === "unread";
  const ctx = await pageContext(path);
  const result = await readForPage(ctx, listNotifications, {
    pageNumber: page,
    pageSize: NOTIFICATION_PAGE_SIZE,
    unreadOnly,
  });
  const t = await getTranslations("notificationCentre");
  const tab = (active: boolean) =>
    `rounded px-2.5 py-1 ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white hover:bg-slate-50"}`;
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-4 text-slate-500">{t("intro")}</p>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <nav aria-label={t("filterLabel")} className="flex gap-2">
          <Link href={path} aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
            {t("all")}
          </Link>
          <Link
            href={`${path}?show=unread`}
            aria-current={unreadOnly ? "page" : undefined}
            className={tab(unreadOnly)}
          >
            {t("unreadOnly", { count: result.unreadCount })}
          </Link>
        </nav>
        <div className="ml-auto">{result.unreadCount > 0 ? <MarkRead /> : null}</div>
      </div>
      <NotificationList items={result.items} region={region} />
      <Pagination
        total={result.totalCount}
        page={page}
        pageSize={NOTIFICATION_PAGE_SIZE}
        basePath={path}
        query={{ show: unreadOnly ? "unread" : undefined }}
      />
    </>
  );
}
