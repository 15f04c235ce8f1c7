import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import { PartnerSharedPortActions } from "./shared-port-actions";
import { sharedPortAvailability } from "@/lib/server/console-availability";
import type { ConsoleContext } from "@/lib/server/console-context";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { specChangeQuotes } from "@/lib/server/queries/spec-change-quotes";
import { PendingSpecNote } from "@/components/billing/spec-change";

/** A circuit's shared ports, as its partner manages them on the Shared Physical Connection tab. */
export async function PartnerSharedPortTable({
  hostedConnections,
  region,
  filtered,
  ctx,
  highSpecAllowed,
}: {
  hostedConnections: HostedConnectionDto[];
  region: string;
  filtered: boolean;
  ctx: ConsoleContext;
  highSpecAllowed: boolean;
}) {
  const { now } = ctx;
  const quotes = await specChangeQuotes(ctx.db, ctx.caller.accountUid, hostedConnections, now);
  const t = await getTranslations("physicalConnection");
  const tc = await getTranslations("circuit");
  const tl = await getTranslations("list");
  const ts = await getTranslations("hostedConnectionStatus");
  const tp = await getTranslations("constructionProcess");
  const tpay = await getTranslations("payer");
  const format = await getFormatter();
  const availabilities = await Promise.all(
    hostedConnections.map((hc) => sharedPortAvailability(hc, "partner", now)),
  );
  const date = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <Table label={tc("sharedTable")}>
      <thead>
        <tr>
          <Th>{t("columns.id")}</Th>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.accountId")}</Th>
          <Th>{t("columns.vlanId")}</Th>
          <Th>{t("columns.bandwidth")}</Th>
          <Th>{t("columns.payer")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.constructionProcess")}</Th>
          <Th>{t("columns.createdAt")}</Th>
          <Th>{t("columns.expiresAt")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {hostedConnections.length === 0 ? (
          <EmptyRow colSpan={11}>{filtered ? tl("emptyFiltered") : tl("empty")}</EmptyRow>
        ) : (
          hostedConnections.map((hc, index) => {
            const view = hostedConnectionView(hc, now);
            return (
              <tr key={hc.id} className="hover:bg-slate-50">
                <Td>
                  <Link
                    href={`/${region}/physical-connection/${hc.id}`}
                    className="font-mono whitespace-nowrap text-brand-700 hover:underline"
                  >
                    {hc.id}
                  </Link>
                </Td>
                <Td>{hc.name ?? <span className="text-slate-400">{t("noName")}</span>}</Td>
                <Td className="font-mono">{hc.tenantUid}</Td>
                <Td>{hc.vlanId}</Td>
                <Td className="whitespace-nowrap">
                  {formatSpec(hc.spec)}
                  {hc.paid && hc.expectSpec ? <PendingSpecNote spec={hc.expectSpec} /> : null}
                </Td>
                <Td>{tpay(hc.orderMode)}</Td>
                <Td>
                  <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
                </Td>
                <Td>{tp(view.construction)}</Td>
                <Td className="whitespace-nowrap">{date(hc.createdAt)}</Td>
                <Td className="whitespace-nowrap">{date(hc.endTime)}</Td>
                <Td>
                  <PartnerSharedPortActions
                    port={{
                      id: hc.id,
                      name: hc.name,
                      regionId: region,
                      vlanId: hc.vlanId,
                      spec: hc.spec,
                      expectSpec: hc.expectSpec,
                      partnerPays: hc.orderMode === "PayByPhysicalConnectionOwner",
                      paid: hc.paid,
                      endTime: hc.endTime,
                    }}
                    changeQuote={quotes[hc.id]}
                    availability={availabilities[index]!}
                    highSpecAllowed={highSpecAllowed}
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
