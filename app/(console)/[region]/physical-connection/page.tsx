import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OtherRegions } from "@/components/console/other-regions";
import { BulkProvisioning } from "@/components/partner/bulk-provisioning";
import { CircuitTable } from "@/components/partner/circuit-table";
import { RedundancyNotice } from "@/components/partner/redundancy-notice";
import { PendingOffers } from "@/components/tenant/pending-offers";
import { TenantSharedPortTable } from "@/components/tenant/shared-port-table";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { Pagination } from "@/components/ui/pagination";
import { HOSTED_CONNECTION_CONSOLE_STATUSES } from "@/lib/server/operations/filters";
import { describePhysicalConnections } from "@/lib/server/operations/describe-physical-connections";
import type { CircuitDto, HostedConnectionDto } from "@/lib/server/operations/records";
import { consoleProfile, readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { partnerActivity } from "@/lib/server/queries/partner-activity";
import { PartnerActivityNotice } from "@/components/partner/partner-activity";
import { listQuery } from "@/lib/console/list-query";

const PAGE_SIZE = 20;
const CIRCUIT_STATUS_FILTERS = ["Enabled", "Terminated"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("physicalConnection"))("title") };
}

export default async function PhysicalConnectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region } = await params;
  const path = `/${region}/physical-connection`;
  const { q, status, page } = listQuery(await searchParams);
  // One status parameter serves both views: a partner filters circuits, a tenant its shared ports.
  const circuitStatus = (CIRCUIT_STATUS_FILTERS as readonly string[]).includes(status) ? status : undefined;
  const portStatus = (HOSTED_CONNECTION_CONSOLE_STATUSES as readonly string[]).includes(status)
    ? status
    : undefined;
  const ctx = await pageContext(path);
  const result = await readForPage(ctx, describePhysicalConnections, {
    regionId: region,
    pageNumber: page,
    pageSize: PAGE_SIZE,
    search: q || undefined,
    consoleStatus: portStatus,
    filters: circuitStatus ? { status: [circuitStatus] } : {},
  });
  const t = await getTranslations("physicalConnection");
  const tStatus = await getTranslations("hostedConnectionStatus");
  const tCircuit = await getTranslations("circuitStatus");
  const circuits = result.items.filter((i): i is CircuitDto => i.productType === "PhysicalConnection");
  const ports = result.items.filter(
    (i): i is HostedConnectionDto => i.productType === "VirtualPhysicalConnection",
  );
  const isPartnerView = result.callerRole === "partner";
  const filtered = Boolean(q || status);
  const { now } = ctx;

  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-4 text-slate-500">{isPartnerView ? t("partnerIntro") : t("tenantIntro")}</p>
      {isPartnerView ? (
        <PartnerActivityNotice events={await partnerActivity(ctx, region)} region={region} now={now} />
      ) : (
        <PendingOffers ctx={ctx} region={region} />
      )}
      <OtherRegions ctx={ctx} region={region} />
      <ListToolbar
        q={q}
        status={status}
        statusOptions={
          isPartnerView
            ? CIRCUIT_STATUS_FILTERS.map((s) => ({ value: s, label: tCircuit(s) }))
            : HOSTED_CONNECTION_CONSOLE_STATUSES.map((s) => ({ value: s, label: tStatus(s) }))
        }
      />
      {isPartnerView ? <RedundancyNotice ctx={ctx} region={region} /> : null}
      {isPartnerView ? (
        <div className="mb-3 flex justify-end">
          <BulkProvisioning regionId={region} />
        </div>
      ) : null}
      {isPartnerView ? (
        <CircuitTable
          circuits={circuits}
          region={region}
          filtered={filtered}
          profile={await consoleProfile(ctx)}
        />
      ) : (
        <TenantSharedPortTable ctx={ctx} hostedConnections={ports} region={region} filtered={filtered} />
      )}
      <Pagination
        total={result.totalCount}
        page={page}
        pageSize={PAGE_SIZE}
        basePath={path}
        query={{ q: q || undefined, status: status || undefined }}
      />
    </>
  );
}
