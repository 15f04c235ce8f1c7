import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { OperationLog, operationLogTab } from "@/components/audit/operation-log";
import { LinkTabs } from "@/components/ui/link-tabs";
import { StatusBadge } from "@/components/ui/status-badge";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import { SettlePoller } from "@/components/console/settle-poller";
import { TenantVbrSection } from "@/components/tenant/vbr-section";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { describeVirtualBorderRouters } from "@/lib/server/operations/describe-virtual-border-routers";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { PartnerPortActions } from "@/components/partner/partner-port-actions";
import { TenantPortActions } from "@/components/tenant/tenant-port-actions";
import { tenantPortOf } from "@/lib/console/tenant-port";
import { listRegions } from "@/lib/server/queries/account-profile";
import { specChangeQuotes } from "@/lib/server/queries/spec-change-quotes";
import { MonitoringTab } from "@/components/monitoring/monitoring-tab";
import { OutboundUsage } from "@/components/monitoring/outbound-usage";
import { describePortTraffic } from "@/lib/server/operations/describe-port-traffic";
import { AutoRenewSetting, PortExpiry } from "@/components/renewal/port-period";
import { VbrTable } from "./vbr-table";

/** A shared port's page, for its tenant and its partner: every attribute, and the actions its row offers. */
export async function HostedConnectionDetail({
  ctx,
  hc,
  region,
  highSpecAllowed,
  tab,
}: {
  ctx: ConsoleContext;
  hc: HostedConnectionDto;
  region: string;
  /** The partner's 2G+ allowlist, for Edit's bandwidth choices. */
  highSpecAllowed: boolean;
  tab: "vbr" | "log" | "alerts" | "monitoring";
}) {
  const path = `/${region}/physical-connection/${hc.id}`;
  const t = await getTranslations("hostedConnection");
  const ts = await getTranslations("hostedConnectionStatus");
  const tp = await getTranslations("constructionProcess");
  const tpay = await getTranslations("payer");
  const tAlerts = await getTranslations("alerts");
  const tr = await getTranslations("renewal");
  const { now } = ctx;
  const view = hostedConnectionView(hc, now);
  const changeQuote = (await specChangeQuotes(ctx.db, ctx.caller.accountUid, [hc], now))[hc.id];
  const isTenant = ctx.caller.accountUid === hc.tenantUid;
  const ta = await getTranslations("acceptAndPay");
  const locale = await getLocale();
  const regionRow = (await listRegions(ctx.db)).find((r) => r.id === region);
  const regionName = regionRow ? (locale === "zh-CN" ? regionRow.nameZh : regionRow.nameEn) : region;
  const date = (iso: string | null) => <DateTime value={iso} />;
  const vbrs = await readForPage(ctx, describeVirtualBorderRouters, {
    regionId: region,
    includeCrossAccountVbr: true,
    filters: { physicalConnectionId: [hc.id] },
  });
  const traffic = await readForPage(ctx, describePortTraffic, { hostedConnectionIds: [hc.id] });
  const tm = await getTranslations("monitoring");
  const fields: Array<[string, React.ReactNode]> = [
    [
      t("id"),
      <span key="id" className="font-mono">
        {hc.id}
      </span>,
    ],
    [t("partner"), hc.partnerName],
    [t("circuit"), `${hc.circuitName} (${hc.circuitId})`],
    [
      t("tenant"),
      <span key="uid" className="font-mono">
        {hc.tenantUid}
      </span>,
    ],
    [t("vlanId"), hc.vlanId],
    [t("bandwidth"), formatSpec(hc.spec)],
    ...(hc.expectSpec
      ? ([[t("expectSpec"), formatSpec(hc.expectSpec)]] as Array<[string, React.ReactNode]>)
      : []),
    [t("payer"), tpay(hc.orderMode)],
    [t("constructionProcess"), tp(view.construction)],
    // What the partner typed stays as typed: translate="no" tells browsers and the language test so.
    [
      t("description"),
      hc.description ? (
        <span key="description" translate="no">
          {hc.description}
        </span>
      ) : (
        "—"
      ),
    ],
    [
      t("tags"),
      hc.tags.length > 0 ? (
        <ul key="tags" translate="no" className="flex flex-wrap gap-1">
          {hc.tags.map((tag) => (
            <li key={tag.key} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
              {tag.key}: {tag.value}
            </li>
          ))}
        </ul>
      ) : (
        "—"
      ),
    ],
    [
      t("resourceGroup"),
      hc.resourceGroupId ? (
        <span key="rg" className="font-mono">
          {hc.resourceGroupId}
        </span>
      ) : (
        "—"
      ),
    ],
    [t("createdAt"), date(hc.createdAt)],
    [t("enabledAt"), date(hc.enabledAt)],
    [t("expiresAt"), <PortExpiry key="expires" hc={hc} now={now} />],
    [
      tr("autoRenew"),
      <AutoRenewSetting key="autoRenew" hc={hc} side={isTenant ? "tenant" : "partner"} now={now} />,
    ],
    [tm("usageLabel"), <OutboundUsage key="usage" usage={traffic.items[0]} />],
  ];
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-slate-500">
        <Link href={`/${region}/physical-connection`} className="hover:underline">
          {t("backToList")}
        </Link>{" "}
        / <span className="font-mono">{hc.id}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 translate="no" className="text-xl font-semibold break-all">
          {hc.name ?? hc.id}
        </h1>
        <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
        <div className="ml-auto">
          {isTenant ? (
            <TenantPortActions
              hc={hc}
              port={tenantPortOf(hc, regionName)}
              status={view.status}
              now={now}
              quote={changeQuote}
            />
          ) : (
            <PartnerPortActions
              hc={hc}
              now={now}
              highSpecAllowed={highSpecAllowed}
              changeQuote={changeQuote}
            />
          )}
        </div>
      </div>
      {isTenant && view.status === "waitingPayment" ? (
        <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">
          {hc.orderMode === "PayByPhysicalConnectionOwner"
            ? ta("waitingPartnerPayment")
            : ta("waitingPayment")}
        </p>
      ) : null}
      {hc.paid && hc.expectSpec ? <PendingChange hc={{ ...hc, expectSpec: hc.expectSpec }} /> : null}
      <section
        aria-labelledby="details-heading"
        className="mb-6 rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="details-heading" className="mb-3 font-semibold">
          {t("details")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-3 md:grid-cols-3">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {/* The VBR tab is where the tenant creates its VBR, as the console's guide says. */}
      <LinkTabs
        label={t("tabs")}
        selected={tab}
        tabs={[
          { id: "vbr", label: t("vbrSection"), href: path },
          { id: "monitoring", label: tm("tab"), href: `${path}?tab=monitoring` },
          { id: "alerts", label: tAlerts("tab"), href: `${path}?tab=alerts` },
          await operationLogTab(path),
        ]}
      >
        {tab === "log" ? (
          <OperationLog region={region} resourceId={hc.id} heading={false} />
        ) : tab === "monitoring" ? (
          <MonitoringTab
            instances={[
              { id: hc.id, label: tm("portInstance", { name: hc.name ?? hc.id }) },
              ...vbrs.items.map((vbr) => ({
                id: vbr.id,
                label: tm("vbrInstance", { name: vbr.name ?? vbr.id }),
              })),
            ]}
          />
        ) : tab === "alerts" ? (
          <>
            <AlertsPanel
              ctx={ctx}
              resourceType="hostedConnection"
              resourceId={hc.id}
              heading={tAlerts("portHeading", { name: hc.name ?? hc.id })}
            />
            {/* The tenant alerts on its VBR here too: a VBR has no page of its own. */}
            {vbrs.items
              .filter((vbr) => vbr.ownerUid === ctx.caller.accountUid)
              .map((vbr) => (
                <AlertsPanel
                  key={vbr.id}
                  ctx={ctx}
                  resourceType="vbr"
                  resourceId={vbr.id}
                  heading={tAlerts("vbrHeading", { name: vbr.name ?? vbr.id })}
                />
              ))}
          </>
        ) : isTenant ? (
          <TenantVbrSection hc={hc} vbrs={vbrs.items} callerUid={ctx.caller.accountUid} now={now} />
        ) : (
          <VbrTable vbrs={vbrs.items} label={t("vbrTable")} empty={t("noVbr")} />
        )}
      </LinkTabs>
      <SettlePoller
        region={region}
        physicalConnections={[{ id: hc.id, status: hc.status }]}
        vbrs={vbrs.items.map(({ id, status }) => ({ id, status }))}
      />
    </>
  );
}

/** A requested bandwidth waiting for payment: both sides see it; Pay and Cancel Change are the page's actions. */
async function PendingChange({
  hc,
}: {
  hc: HostedConnectionDto & { expectSpec: NonNullable<HostedConnectionDto["expectSpec"]> };
}) {
  const t = await getTranslations("specChange");
  const tpay = await getTranslations("payer");
  return (
    <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">
      {t("detailPending", {
        to: formatSpec(hc.expectSpec),
        from: formatSpec(hc.spec),
        payer: tpay(hc.orderMode),
      })}
    </p>
  );
}
