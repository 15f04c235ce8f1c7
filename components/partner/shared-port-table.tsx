import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { type Sorting, SortHeader } from "@/components/ui/sort-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import type { ConsoleContext } from "@/lib/server/console-context";
import { PartnerPortActions } from "./partner-port-actions";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { specChangeQuotes } from "@/lib/server/queries/spec-change-quotes";
import { PendingSpecNote } from "@/components/billing/spec-change";
import { UtilisationCell } from "@/components/monitoring/utilisation-cell";
import { readForPage } from "@/lib/server/console";
import { describePortTraffic } from "@/lib/server/operations/describe-port-traffic";
import { PortExpiry } from "@/components/renewal/port-period";

/** A circuit's shared ports, as its partner manages them on the Shared Physical Connection tab. */
export async function PartnerSharedPortTable({
  hostedConnections,
  region,
  filtered,
  ctx,
  highSpecAllowed,
  sorting,
}: {
  hostedConnections: HostedConnectionDto[];
  region: string;
  filtered: boolean;
  ctx: ConsoleContext;
  highSpecAllowed: boolean;
  /** Makes Created At, Expires At, VLAN ID and Bandwidth sortable headers. */
  sorting?: Sorting;
}) {
  const { now } = ctx;
  const quotes = await specChangeQuotes(ctx.db, ctx.caller.accountUid, hostedConnections, now);
  // One query for the page's utilisation column, whatever the number of rows.
  const traffic =
    hostedConnections.length > 0
      ? (
          await readForPage(ctx, describePortTraffic, {
            hostedConnectionIds: hostedConnections.map((hc) => hc.id),
          })
        ).items
      : [];
  const tm = await getTranslations("monitoring");
  const t = await getTranslations("physicalConnection");
  const tc = await getTranslations("circuit");
  const tl = await getTranslations("list");
  const ts = await getTranslations("hostedConnectionStatus");
  const tp = await getTranslations("constructionProcess");
  const tpay = await getTranslations("payer");
  return (
    <Table label={tc("sharedTable")} dense>
      <thead>
        <tr>
          <Th>{tl("idName")}</Th>
          <Th>{t("columns.accountId")}</Th>
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
          <Th wrap>{tm("utilisationColumn")}</Th>
          <Th>{t("columns.payer")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th wrap>{t("columns.constructionProcess")}</Th>
          {sorting ? (
            <SortHeader column="created" label={t("columns.createdAt")} sorting={sorting} />
          ) : (
            <Th>{t("columns.createdAt")}</Th>
          )}
          {sorting ? (
            <SortHeader column="expires" label={t("columns.expiresAt")} sorting={sorting} />
          ) : (
            <Th>{t("columns.expiresAt")}</Th>
          )}
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {hostedConnections.length === 0 ? (
          <EmptyRow colSpan={11}>{filtered ? tl("emptyFiltered") : tl("empty")}</EmptyRow>
        ) : (
          hostedConnections.map((hc) => {
            const view = hostedConnectionView(hc, now);
            return (
              <tr key={hc.id} className="hover:bg-slate-50">
                <Td>
                  <span className="whitespace-nowrap">
                    <Link
                      href={`/${region}/physical-connection/${hc.id}`}
                      className="font-mono text-brand-700 hover:underline"
                    >
                      {hc.id}
                    </Link>
                    <CopyButton value={hc.id} />
                  </span>
                  <span className="block max-w-48 truncate text-slate-600" title={hc.name ?? undefined}>
                    {hc.name ?? t("noName")}
                  </span>
                </Td>
                <Td className="font-mono">{hc.tenantUid}</Td>
                <Td>{hc.vlanId}</Td>
                <Td className="whitespace-nowrap">
                  {formatSpec(hc.spec)}
                  {hc.paid && hc.expectSpec ? <PendingSpecNote spec={hc.expectSpec} /> : null}
                </Td>
                <Td>
                  <UtilisationCell
                    percent={traffic.find((p) => p.id === hc.id)?.utilisationPercent ?? null}
                  />
                </Td>
                <Td>{tpay(hc.orderMode)}</Td>
                <Td>
                  <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
                </Td>
                <Td>{tp(view.construction)}</Td>
                <Td>
                  <DateTime value={hc.createdAt} stacked />
                </Td>
                <Td>
                  <PortExpiry hc={hc} now={now} stacked />
                </Td>
                <Td>
                  <PartnerPortActions
                    hc={hc}
                    now={now}
                    highSpecAllowed={highSpecAllowed}
                    changeQuote={quotes[hc.id]}
                  />
                </Td>
              </tr>
            );
          })
        )}
      </tbody>
    </Table>
  );
}
