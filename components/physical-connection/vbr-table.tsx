import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { formatMbps } from "@/lib/format";
import type { VbrDto } from "@/lib/server/operations/records";

/** VBRs with their Actions column supplied by the page, which knows the caller's role. */
export async function VbrTable({
  vbrs,
  label,
  empty,
  actions = {},
}: {
  vbrs: VbrDto[];
  label: string;
  empty: string;
  actions?: Record<string, React.ReactNode>;
}) {
  const t = await getTranslations("vbr");
  const ts = await getTranslations("vbrStatus");
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>{t("columns.id")}</Th>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.accountId")}</Th>
          <Th>{t("columns.vlanId")}</Th>
          <Th>{t("columns.bandwidth")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.addresses")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {vbrs.length === 0 ? (
          <EmptyRow colSpan={8}>{empty}</EmptyRow>
        ) : (
          vbrs.map((vbr) => (
            <tr key={vbr.id} className="hover:bg-slate-50">
              <Td className="font-mono">{vbr.id}</Td>
              <Td>
                {vbr.name}
                {vbr.hostedConnectionId ? null : (
                  <span className="block text-xs text-slate-500">{t("legacy")}</span>
                )}
              </Td>
              <Td className="font-mono">{vbr.ownerUid}</Td>
              <Td>{vbr.vlanId}</Td>
              <Td className="whitespace-nowrap">
                {vbr.bandwidthMbps === null ? t("unlimited") : formatMbps(vbr.bandwidthMbps)}
              </Td>
              <Td>
                <StatusBadge tone={vbr.status === "active" ? "success" : "neutral"}>
                  {ts(vbr.status)}
                </StatusBadge>
              </Td>
              <Td className="font-mono whitespace-nowrap">
                {vbr.localGatewayIp ?? "—"} / {vbr.peerGatewayIp ?? "—"}
                <span className="block text-xs text-slate-500">{vbr.peeringSubnetMask}</span>
              </Td>
              <Td>{actions[vbr.id] ?? "—"}</Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
