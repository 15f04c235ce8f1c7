import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SettlePoller } from "@/components/console/settle-poller";
import { StatusBadge } from "@/components/ui/status-badge";
import { type Sorting, SortHeader } from "@/components/ui/sort-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { tenantPortOf } from "@/lib/console/tenant-port";
import { formatSpec } from "@/lib/format";
import type { ConsoleContext } from "@/lib/server/console-context";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { TenantPortActions } from "./tenant-port-actions";
import { listRegions } from "@/lib/server/queries/account-profile";
import { specChangeQuotes } from "@/lib/server/queries/spec-change-quotes";
import { PendingSpecNote } from "@/components/billing/spec-change";
import { PortExpiry } from "@/components/renewal/port-period";

/** The tenant's shared ports on the Physical Connection page. */
export async function TenantSharedPortTable({
  ctx,
  hostedConnections,
  region,
  filtered,
  sorting,
}: {
  ctx: ConsoleContext;
  hostedConnections: HostedConnectionDto[];
  region: string;
  filtered: boolean;
  /** Makes VLAN ID and Bandwidth sortable headers. */
  sorting?: Sorting;
}) {
  const { now } = ctx;
  const t = await getTranslations("physicalConnection");
  const tl = await getTranslations("list");
  const ts = await getTranslations("hostedConnectionStatus");
  const tc = await getTranslations("constructionProcess");
  const locale = await getLocale();
  const regionRow = (await listRegions(ctx.db)).find((r) => r.id === region);
  const regionName = regionRow ? (locale === "zh-CN" ? regionRow.nameZh : regionRow.nameEn) : region;
  const quotes = await specChangeQuotes(ctx.db, ctx.caller.accountUid, hostedConnections, now);
  const rows = hostedConnections.map((hc) => ({
    hc,
    view: hostedConnectionView(hc, now),
    port: tenantPortOf(hc, regionName),
  }));
  return (
    <>
      <Table label={t("sharedPortsTable")}>
        <thead>
          <tr>
            <Th>{t("columns.id")}</Th>
            <Th>{t("columns.name")}</Th>
            <Th>{t("columns.partnerCircuit")}</Th>
            {sorting ? (
              <SortHeader column="vlan" label={t("columns.vlanId")} sorting={sorting} />
            ) : (
              <Th>{t("columns.vlanId")}</Th>
            )}
            {sorting ? (
              <SortHeader column="bandwidth" label={t("columns.bandwidth")} sorting={sorting} />
            ) : (
              <Th>{t("columns.bandwidth")}</Th>
            )}
            <Th>{t("columns.status")}</Th>
            <Th>{t("columns.constructionProcess")}</Th>
            <Th>{t("columns.expiresAt")}</Th>
            <Th>{t("columns.actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow colSpan={9}>{filtered ? tl("emptyFiltered") : t("emptyTenant")}</EmptyRow>
          ) : (
            rows.map(({ hc, view, port }) => (
              <tr key={hc.id} className="hover:bg-slate-50">
                <Td>
                  <Link
                    href={`/${region}/physical-connection/${hc.id}`}
                    className="font-mono whitespace-nowrap text-brand-700 hover:underline"
                  >
                    {hc.id}
                  </Link>
                </Td>
                <Td>{hc.name ?? <span className="text-slate-500">{t("noName")}</span>}</Td>
                <Td>
                  {t("offeredBy", { partner: hc.partnerName, circuit: hc.circuitName })}
                  <span className="block font-mono text-xs text-slate-500">{hc.circuitId}</span>
                </Td>
                <Td>{hc.vlanId}</Td>
                <Td className="whitespace-nowrap">
                  {formatSpec(hc.spec)}
                  {hc.paid && hc.expectSpec ? <PendingSpecNote spec={hc.expectSpec} /> : null}
                </Td>
                <Td>
                  <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
                </Td>
                <Td>{tc(view.construction)}</Td>
                <Td>
                  <PortExpiry hc={hc} now={now} stacked />
                </Td>
                <Td>
                  <TenantPortActions
                    hc={hc}
                    port={port}
                    status={view.status}
                    now={now}
                    quote={quotes[hc.id]}
                  />
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <SettlePoller
        region={region}
        physicalConnections={hostedConnections.map(({ id, status }) => ({ id, status }))}
      />
    </>
  );
}
