import Link from "next/link";
import { getFormatter, getNow, getTimeZone, getTranslations } from "next-intl/server";
import { dateTimeText, DateTime } from "@/components/ui/date-time";
import { notificationLink } from "@/lib/console/notification-link";
import type { NotificationDto } from "@/lib/server/operations/list-notifications";
import { MarkRead } from "./mark-read";

/** Every placeholder a kind's sentence may name: a row written without one still reads as a sentence. */
const PLACEHOLDERS = [
  "resource",
  "tenant",
  "partner",
  "payer",
  "reason",
  "from",
  "to",
  "quota",
  "date",
  "result",
  "rule",
  "detail",
];

/** The caller's notifications, newest first: what happened, when, a link to it, and whether it was read. */
export async function NotificationList({ items, region }: { items: NotificationDto[]; region: string }) {
  const t = await getTranslations("notificationCentre");
  const format = await getFormatter();
  const timeZone = (await getTimeZone()) ?? "UTC";
  await getNow();
  if (items.length === 0)
    return <p className="rounded border border-slate-200 bg-white p-6 text-slate-500">{t("empty")}</p>;
  return (
    <ul
      aria-label={t("listLabel")}
      className="divide-y divide-slate-200 rounded border border-slate-200 bg-white"
    >
      {items.map((item) => {
        const values: Record<string, string> = Object.fromEntries(PLACEHOLDERS.map((p) => [p, "—"]));
        for (const [key, value] of Object.entries(item.params)) values[key] = String(value);
        if (item.kind === "offerDeclined" && !values.reason?.trim()) values.reason = t("noReason");
        if (item.params.date) values.date = dateTimeText(format, String(item.params.date), timeZone);
        if (item.params.result === "valid" || item.params.result === "invalid") {
          values.result = t(`results.${item.params.result}`);
        }
        const sentence = t(`kinds.${item.kind}`, values);
        const link = notificationLink(item.resource, region);
        return (
          <li
            key={item.id}
            className={`flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3 ${item.read ? "" : "bg-brand-50/40"}`}
          >
            <span className="w-16 shrink-0 pt-0.5 text-xs font-semibold">
              {item.read ? (
                <span className="text-slate-500">{t("read")}</span>
              ) : (
                <span className="text-red-700">{t("unread")}</span>
              )}
            </span>
            <div className="min-w-0 flex-1">
              <p className={item.read ? "text-slate-700" : "font-medium"}>{sentence}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                <DateTime value={item.createdAt} />
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-3">
              {link ? (
                <Link href={link.href} className="text-brand-700 hover:underline">
                  {link.history ? t("openHistory") : t("open")}
                  <span className="sr-only"> {item.resource?.id}</span>
                </Link>
              ) : null}
              {item.read ? null : <MarkRead id={item.id} label={item.resource?.id ?? sentence} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
