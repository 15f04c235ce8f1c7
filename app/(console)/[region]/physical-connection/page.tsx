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
import { definedOnly, listQuery } from "@/lib/console/list-query";
import { LIST_PAGE_SIZES, listView, listViewQuery } from "@/lib/inputs/list-sort";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { PageSizeSelect } from "@/components/ui/page-size-select";

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
  const raw = await searchParams;
  const { q, status, page } = listQuery(raw);
  // Sort and page size apply to a tenant's shared ports; a partner's circuits keep their own order.
  const view = listView(raw);
  // One status parameter serves both views: a partner filters circuits, a tenant its shared ports.
  const circuitStatus = (CIRCUIT_STATUS_FILTERS as readonly string[]).includes(status) ? status : undefined;
  const portStatus = (HOSTED_CONNECTION_CONSOLE_STATUSES as readonly string[]).includes(status)
    ? status
    : undefined;
  const ctx = await pageContext(path);
  const profile = await consoleProfile(ctx);
  const isPartnerAccount = profile.isPartner;
  const result = await readForPage(ctx, describePhysicalConnections, {
    regionId: region,
    pageNumber: page,
    pageSize: isPartnerAccount ? PAGE_SIZE : view.pageSize,
    search: q || undefined,
    consoleStatus: portStatus,
    sort: isPartnerAccount ? undefined : view.sort,
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
  const filterQuery = { q: q || undefined, status: status || undefined };
  const viewQuery = listViewQuery(view);

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
        extra={isPartnerView ? undefined : definedOnly(viewQuery)}
      />
      {isPartnerView ? null : (
        <div className="mb-2 flex flex-wrap items-center justify-end gap-3">
          <PageSizeSelect value={view.pageSize} options={LIST_PAGE_SIZES} />
          <ExportCsvLink
            href={`/api/console/export/shared-ports?${new URLSearchParams(
              definedOnly({ region, ...filterQuery, ...viewQuery }),
            )}`}
          />
        </div>
      )}
      {isPartnerView ? <RedundancyNotice ctx={ctx} region={region} /> : null}
      {isPartnerView ? (
        <div className="mb-3 flex justify-end">
          <BulkProvisioning regionId={region} />
        </div>
      ) : null}
      {isPartnerView ? (
        <CircuitTable circuits={circuits} region={region} filtered={filtered} profile={profile} />
      ) : (
        <TenantSharedPortTable
          ctx={ctx}
          hostedConnections={ports}
          region={region}
          filtered={filtered}
          sorting={{ sort: view.sort, basePath: path, query: { ...filterQuery, ...viewQuery } }}
        />
      )}
      <Pagination
        total={result.totalCount}
        page={page}
        pageSize={isPartnerView ? PAGE_SIZE : view.pageSize}
        basePath={path}
        query={isPartnerView ? filterQuery : { ...filterQuery, ...viewQuery }}
      />
    </>
  );
}
