import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import type { HostedConnectionDto } from "@/lib/server/operations/records";

/** The tenant's shared ports on the Physical Connection page. */
export async function HostedConnectionTable({
  hostedConnections,
  region,
  filtered,
  now,
}: {
  hostedConnections: HostedConnectionDto[];
  region: string;
  filtered: boolean;
  now: Date;
}) {
  const t = await getTranslations("physicalConnection");
  const tl = await getTranslations("list");
  const ts = await getTranslations("hostedConnectionStatus");
  const tc = await getTranslations("constructionProcess");
  return (
    <Table label={t("sharedPortsTable")}>
      <thead>
        <tr>
          <Th>{t("columns.id")}</Th>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.partnerCircuit")}</Th>
          <Th>{t("columns.vlanId")}</Th>
          <Th>{t("columns.bandwidth")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.constructionProcess")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {hostedConnections.length === 0 ? (
          <EmptyRow colSpan={8}>{filtered ? tl("emptyFiltered") : tl("empty")}</EmptyRow>
        ) : (
          hostedConnections.map((hc) => {
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
                <Td>
                  {t("offeredBy", { partner: hc.partnerName, circuit: hc.circuitName })}
                  <span className="block font-mono text-xs text-slate-500">{hc.circuitId}</span>
                </Td>
                <Td>{hc.vlanId}</Td>
                <Td className="whitespace-nowrap">{formatSpec(hc.spec)}</Td>
                <Td>
                  <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
                </Td>
                <Td>{tc(view.construction)}</Td>
                <Td>
                  <Link
                    href={`/${region}/physical-connection/${hc.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {t("viewDetails")}
                  </Link>
                </Td>
              </tr>
            );
          })
        )}
      </tbody>
    </Table>
  );
}
