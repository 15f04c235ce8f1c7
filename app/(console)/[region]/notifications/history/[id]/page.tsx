import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OperationLog } from "@/components/audit/operation-log";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import { readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";

const ID_PATTERN = /^(pc|vbr)-[a-z0-9]{1,40}$/;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationCentre"))("historyTitle") };
}

/**
 * Where a notification about a resource that is gone leads: what it was and how it ended (a declined
 * offer with its reason, a lapsed one, a deleted port), and its Operation Log. Never "not found" for a
 * resource the caller took part in; one whose record is gone altogether says so.
 */
export default async function ResourceHistoryPage({
  params,
}: {
  params: Promise<{ region: string; id: string }>;
}) {
  const { region, id } = await params;
  if (!ID_PATTERN.test(id)) notFound();
  const ctx = await pageContext(`/${region}/notifications/history/${id}`);
  const t = await getTranslations("notificationCentre");
  const ts = await getTranslations("hostedConnectionStatus");
  const ports = id.startsWith("pc-")
    ? await readForPage(ctx, listVirtualPhysicalConnections, {
        regionId: region,
        virtualPhysicalConnectionIds: [id],
        vpconnStatuses: ["UnConfirmed", "Confirmed", "Deleted"],
      })
    : null;
  const port = ports?.items[0];
  const status = port ? hostedConnectionView(port, ctx.now).status : null;
  return (
    <>
      <p className="mb-2">
        <Link href={`/${region}/notifications`} className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-xl font-semibold">{t("historyHeading", { id })}</h1>
      {port && status ? (
        <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4">
          <dt className="text-slate-500">{t("fields.name")}</dt>
          <dd>{port.name ?? "—"}</dd>
          <dt className="text-slate-500">{t("fields.status")}</dt>
          <dd>
            <StatusBadge tone={STATUS_TONE[status]}>{ts(status)}</StatusBadge>
          </dd>
          <dt className="text-slate-500">{t("fields.circuit")}</dt>
          <dd>
            {port.circuitName} ({port.partnerName})
          </dd>
          <dt className="text-slate-500">{t("fields.bandwidth")}</dt>
          <dd>{formatSpec(port.spec)}</dd>
          <dt className="text-slate-500">{t("fields.createdAt")}</dt>
          <dd>
            <DateTime value={port.createdAt} />
          </dd>
          {status === "declined" ? (
            <>
              <dt className="text-slate-500">{t("fields.declineReason")}</dt>
              <dd>{port.declineReason ?? t("noReason")}</dd>
            </>
          ) : null}
          {status === "lapsed" && port.offerExpiresAt ? (
            <>
              <dt className="text-slate-500">{t("fields.offerExpiresAt")}</dt>
              <dd>
                <DateTime value={port.offerExpiresAt} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mt-4 text-slate-600">{t("historyGone")}</p>
      )}
      <OperationLog region={region} resourceId={id} />
    </>
  );
}
