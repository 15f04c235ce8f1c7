import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CircuitOperationLog } from "@/components/audit/circuit-operation-log";
import { operationLogTab } from "@/components/audit/operation-log";
import { SettlePoller } from "@/components/console/settle-poller";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { definedOnly, listQuery } from "@/lib/console/list-query";
import { LIST_PAGE_SIZES, listView, listViewQuery } from "@/lib/inputs/list-sort";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { PageSizeSelect } from "@/components/ui/page-size-select";
import { formatMbps } from "@/lib/format";
import { CreateSharedPort, type PartnerFormProfile } from "./create-shared-port";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { describeVirtualBorderRouters } from "@/lib/server/operations/describe-virtual-border-routers";
import { HOSTED_CONNECTION_CONSOLE_STATUSES } from "@/lib/server/operations/filters";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";
import type { CircuitDto, VbrDto } from "@/lib/server/operations/records";
import { PartnerVbrActions } from "./vbr-actions";
import {
  confirmTransformAvailability,
  transformAvailability,
  vbrAvailability,
} from "@/lib/server/console-availability";
import { VbrTable } from "@/components/physical-connection/vbr-table";
import { describeCircuitPlan } from "@/lib/server/operations/describe-circuit-plan";
import { CircuitCapacity, VlanMap } from "./circuit-plan-view";
import { MonitoringTab } from "@/components/monitoring/monitoring-tab";
import { PartnerSharedPortTable } from "./shared-port-table";

const PAGE_SIZE = 20;

export async function CircuitDetail({
  ctx,
  circuit,
  region,
  searchParams,
  profile,
}: {
  ctx: ConsoleContext;
  circuit: CircuitDto;
  region: string;
  searchParams: Record<string, string | string[] | undefined>;
  profile: PartnerFormProfile;
}) {
  const t = await getTranslations("circuit");
  const tStatus = await getTranslations("hostedConnectionStatus");
  const tCircuit = await getTranslations("circuitStatus");
  const locale = await getLocale();
  const path = `/${region}/physical-connection/${circuit.id}`;
  const tab =
    searchParams.tab === "vbr" ||
    searchParams.tab === "log" ||
    searchParams.tab === "alerts" ||
    searchParams.tab === "vlans" ||
    searchParams.tab === "monitoring"
      ? searchParams.tab
      : "shared";
  const plan = (
    await readForPage(ctx, describeCircuitPlan, { regionId: region, physicalConnectionId: circuit.id })
  ).items[0];
  const tm = await getTranslations("monitoring");
  const { q, status, page } = listQuery(searchParams);
  const view = listView(searchParams);
  const portStatus = (HOSTED_CONNECTION_CONSOLE_STATUSES as readonly string[]).includes(status)
    ? status
    : undefined;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-slate-500">
        <Link href={`/${region}/physical-connection`} className="hover:underline">
          {t("backToList")}
        </Link>{" "}
        / <span className="font-mono">{circuit.id}</span>
      </nav>
      <div className="mb-4 flex items-center gap-3">
        <h1 className="text-xl font-semibold">{circuit.name}</h1>
        <StatusBadge tone={circuit.status === "Enabled" ? "success" : "neutral"}>
          {tCircuit(circuit.status)}
        </StatusBadge>
      </div>
      <dl className="mb-6 grid grid-cols-2 gap-x-8 gap-y-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("bandwidthUsed")}</dt>
          <dd className="font-medium">
            {t("capacity", { used: formatMbps(circuit.usedMbps), total: formatMbps(circuit.capacityMbps) })}
          </dd>
          <dd aria-hidden className="mt-1 h-1.5 w-40 rounded bg-slate-100">
            <span
              className="block h-1.5 rounded bg-brand-600"
              style={{ width: `${Math.min(100, (circuit.usedMbps / circuit.capacityMbps) * 100)}%` }}
            />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("sharedPortCount")}</dt>
          <dd className="font-medium">
            {t("quota", { count: circuit.hostedConnectionCount, quota: circuit.vpconnQuota })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("accessPoint")}</dt>
          <dd>{locale === "zh-CN" ? circuit.accessPointNameZh : circuit.accessPointName}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("portType")}</dt>
          <dd>{circuit.portType}</dd>
        </div>
      </dl>
      {plan ? <CircuitCapacity plan={plan} /> : null}
      <LinkTabs
        label={t("tabs")}
        selected={tab}
        tabs={[
          { id: "shared", label: t("sharedTab"), href: path },
          { id: "vbr", label: t("vbrTab"), href: `${path}?tab=vbr` },
          { id: "vlans", label: (await getTranslations("planning"))("vlansTab"), href: `${path}?tab=vlans` },
          { id: "monitoring", label: tm("tab"), href: `${path}?tab=monitoring` },
          { id: "alerts", label: (await getTranslations("alerts"))("tab"), href: `${path}?tab=alerts` },
          await operationLogTab(path),
        ]}
      >
        {tab === "log" ? (
          <CircuitOperationLog ctx={ctx} region={region} circuitId={circuit.id} path={path} page={page} />
        ) : tab === "vlans" && plan ? (
          <VlanMap plan={plan} region={region} q={q} />
        ) : tab === "alerts" ? (
          <AlertsPanel
            ctx={ctx}
            resourceType="circuit"
            resourceId={circuit.id}
            heading={(await getTranslations("alerts"))("circuitHeading", { name: circuit.name })}
          />
        ) : tab === "monitoring" ? (
          <MonitoringTab
            instances={[{ id: circuit.id, label: tm("circuitInstance", { name: circuit.name }) }]}
          />
        ) : tab === "shared" ? (
          <SharedPorts
            ctx={ctx}
            searchPlaceholder={(await getTranslations("list"))("searchPortsPlaceholder")}
            circuit={circuit}
            profile={profile}
            region={region}
            path={path}
            q={q}
            status={status}
            portStatus={portStatus}
            page={page}
            statusLabel={(s) => tStatus(s)}
            view={view}
          />
        ) : (
          <CircuitVbrs
            ctx={ctx}
            circuitId={circuit.id}
            callerUid={circuit.ownerUid}
            region={region}
            path={path}
            q={q}
            page={page}
            label={t("vbrTable")}
          />
        )}
      </LinkTabs>
    </>
  );
}

async function SharedPorts(props: {
  ctx: ConsoleContext;
  searchPlaceholder: string;
  circuit: CircuitDto;
  profile: PartnerFormProfile;
  region: string;
  path: string;
  q: string;
  status: string;
  portStatus: string | undefined;
  page: number;
  statusLabel: (s: (typeof HOSTED_CONNECTION_CONSOLE_STATUSES)[number]) => string;
  view: ReturnType<typeof listView>;
}) {
  const viewQuery = listViewQuery(props.view);
  const filterQuery = { q: props.q || undefined, status: props.status || undefined };
  const result = await readForPage(props.ctx, listVirtualPhysicalConnections, {
    regionId: props.region,
    physicalConnectionId: props.circuit.id,
    search: props.q || undefined,
    consoleStatus: props.portStatus,
    pageNumber: props.page,
    maxResults: props.view.pageSize,
    sort: props.view.sort,
  });
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ListToolbar
          placeholder={props.searchPlaceholder}
          q={props.q}
          status={props.status}
          statusOptions={HOSTED_CONNECTION_CONSOLE_STATUSES.map((s) => ({
            value: s,
            label: props.statusLabel(s),
          }))}
          extra={definedOnly(viewQuery)}
        />
        <CreateSharedPort
          circuit={{ id: props.circuit.id, name: props.circuit.name }}
          regionId={props.region}
          profile={props.profile}
          trigger="button"
        />
      </div>
      <SettlePoller
        region={props.region}
        physicalConnections={result.items.map((hc) => ({ id: hc.id, status: hc.status }))}
      />
      <div className="mb-2 flex flex-wrap items-center justify-end gap-3">
        <PageSizeSelect value={props.view.pageSize} options={LIST_PAGE_SIZES} />
        <ExportCsvLink
          href={`/api/console/export/shared-ports?${new URLSearchParams(
            definedOnly({ region: props.region, circuitId: props.circuit.id, ...filterQuery, ...viewQuery }),
          )}`}
        />
      </div>
      <PartnerSharedPortTable
        hostedConnections={result.items}
        region={props.region}
        filtered={Boolean(props.q || props.status)}
        ctx={props.ctx}
        highSpecAllowed={props.profile.highSpecAllowed}
        sorting={{ sort: props.view.sort, basePath: props.path, query: { ...filterQuery, ...viewQuery } }}
      />
      <Pagination
        total={result.totalCount}
        page={props.page}
        pageSize={props.view.pageSize}
        basePath={props.path}
        query={{ ...filterQuery, ...viewQuery }}
      />
    </>
  );
}

async function CircuitVbrs(props: {
  ctx: ConsoleContext;
  circuitId: string;
  callerUid: string;
  region: string;
  path: string;
  q: string;
  page: number;
  label: string;
}) {
  const tl = await getTranslations("list");
  const result = await readForPage(props.ctx, describeVirtualBorderRouters, {
    regionId: props.region,
    includeCrossAccountVbr: true,
    filters: { physicalConnectionId: [props.circuitId] },
    search: props.q || undefined,
    pageNumber: props.page,
    pageSize: PAGE_SIZE,
  });
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ListToolbar q={props.q} status="" statusOptions={[]} extra={{ tab: "vbr" }} />
        <ExportCsvLink
          href={`/api/console/export/vbrs?${new URLSearchParams(
            definedOnly({ region: props.region, circuitId: props.circuitId, q: props.q }),
          )}`}
        />
      </div>
      <SettlePoller
        region={props.region}
        vbrs={result.items.map((vbr) => ({ id: vbr.id, status: vbr.status }))}
      />
      <VbrTable
        vbrs={result.items}
        label={props.label}
        empty={props.q ? tl("emptyFiltered") : tl("empty")}
        actions={await partnerVbrActions(props.ctx, result.items, props.region, props.callerUid)}
      />
      <Pagination
        total={result.totalCount}
        page={props.page}
        pageSize={PAGE_SIZE}
        basePath={props.path}
        query={{ tab: "vbr", q: props.q || undefined }}
      />
    </>
  );
}

/** Each VBR's partner actions, with Transform and its Confirm judged against the port it made. */
async function partnerVbrActions(ctx: ConsoleContext, vbrs: VbrDto[], region: string, callerUid: string) {
  const transformedIds = vbrs.flatMap((v) => (v.transformedToId ? [v.transformedToId] : []));
  const ports =
    transformedIds.length > 0
      ? (
          await readForPage(ctx, listVirtualPhysicalConnections, {
            regionId: region,
            virtualPhysicalConnectionIds: transformedIds,
            maxResults: 100,
          })
        ).items
      : [];
  const entries = await Promise.all(
    vbrs.map(async (vbr) => {
      const legacy = vbr.hostedConnectionId === null;
      const port = ports.find((p) => p.id === vbr.transformedToId);
      return [
        vbr.id,
        <PartnerVbrActions
          key={vbr.id}
          vbr={{
            id: vbr.id,
            name: vbr.name,
            regionId: region,
            legacy,
            bandwidthMbps: vbr.bandwidthMbps,
            transformedToId: vbr.transformedToId,
          }}
          availability={await vbrAvailability(vbr, callerUid)}
          transform={legacy ? await transformAvailability(vbr) : undefined}
          confirm={port ? await confirmTransformAvailability(port, vbr) : undefined}
        />,
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}
