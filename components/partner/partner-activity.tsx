import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnerActivity } from "@/lib/server/queries/partner-activity";

/** Notifications for the partner: which offers tenants accepted and which usage fees they paid. */
export async function PartnerActivityNotice({
  events,
  region,
  now,
}: {
  events: PartnerActivity[];
  region: string;
  now: Date;
}) {
  if (events.length === 0) return null;
  const t = await getTranslations("partnerActivity");
  const format = await getFormatter();
  return (
    <section
      aria-labelledby="partner-activity"
      className="mb-4 rounded border border-sky-200 bg-sky-50 px-4 py-3"
    >
      <h2 id="partner-activity" className="mb-1 font-medium text-sky-900">
        {t("title")}
      </h2>
      <ul className="space-y-0.5 text-sky-900">
        {events.map((e) => (
          <li key={`${e.kind}-${e.hostedConnectionId}-${e.at}`}>
            {t(e.kind, { tenant: e.tenantUid, circuit: e.circuitName })}{" "}
            <Link
              href={`/${region}/physical-connection/${e.hostedConnectionId}`}
              className="font-mono underline"
            >
              {e.hostedConnectionName ?? e.hostedConnectionId}
            </Link>{" "}
            <span className="text-sky-700">· {format.relativeTime(new Date(e.at), now)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
