import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatMbps } from "@/lib/format";
import { CreateSharedPort, type PartnerFormProfile } from "./create-shared-port";
import type { CircuitDto } from "@/lib/server/operations/records";

export async function CircuitTable({
  circuits,
  region,
  filtered,
  profile,
}: {
  circuits: CircuitDto[];
  region: string;
  filtered: boolean;
  profile: PartnerFormProfile;
}) {
  const t = await getTranslations("physicalConnection");
  const tl = await getTranslations("list");
  const ts = await getTranslations("circuitStatus");
  const locale = await getLocale();
  return (
    <Table label={t("circuitsTable")}>
      <thead>
        <tr>
          <Th>{t("columns.id")}</Th>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.accessPoint")}</Th>
          <Th>{t("columns.bandwidth")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.sharedPorts")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {circuits.length === 0 ? (
          <EmptyRow colSpan={7}>{filtered ? tl("emptyFiltered") : t("emptyPartner")}</EmptyRow>
        ) : (
          circuits.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <Td>
                <Link
                  href={`/${region}/physical-connection/${c.id}`}
                  className="font-mono whitespace-nowrap text-brand-700 hover:underline"
                >
                  {c.id}
                </Link>
              </Td>
              <Td>{c.name}</Td>
              <Td>{locale === "zh-CN" ? c.accessPointNameZh : c.accessPointName}</Td>
              <Td className="whitespace-nowrap">
                {formatMbps(c.capacityMbps)}
                <span className="block text-xs text-slate-500">
                  {formatMbps(c.usedMbps)} / {formatMbps(c.capacityMbps)}
                </span>
              </Td>
              <Td>
                <StatusBadge tone={c.status === "Enabled" ? "success" : "neutral"}>
                  {ts(c.status)}
                </StatusBadge>
              </Td>
              <Td>{c.hostedConnectionCount}</Td>
              <Td>
                <CreateSharedPort
                  circuit={{ id: c.id, name: c.name }}
                  regionId={region}
                  profile={profile}
                  trigger="link"
                />
              </Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
