import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { awaitsPartnerConfirm } from "@/lib/console/tenant-port";
import { formatMbps, formatSpec } from "@/lib/format";
import {
  createVbrAvailability,
  editVbrAvailability,
  vbrAvailability,
} from "@/lib/server/console-availability";
import type { HostedConnectionDto, VbrDto } from "@/lib/server/operations/records";
import { CreateVbr } from "./create-vbr";
import { DeleteVbr } from "./delete-vbr";
import { EditVbr } from "./edit-vbr";

const reasonOf = (a: { allowed: boolean; reason?: string }) => (a.allowed ? undefined : a.reason);

/** The "VBR" section of the tenant's shared port: Create VBR (one per port), and view, Edit and Delete of it. */
export async function TenantVbrSection({
  hc,
  vbrs,
  callerUid,
  now,
}: {
  hc: HostedConnectionDto;
  vbrs: VbrDto[];
  callerUid: string;
  now: Date;
}) {
  const t = await getTranslations("hostedConnection");
  const tv = await getTranslations("vbr");
  const ts = await getTranslations("vbrStatus");
  const tcv = await getTranslations("createVbr");
  const create = await createVbrAvailability(hc, now);
  const rows = await Promise.all(
    vbrs.map(async (vbr) => ({
      vbr,
      edit: await editVbrAvailability(vbr, callerUid),
      remove: (await vbrAvailability(vbr, callerUid)).delete,
    })),
  );

  return (
    <section aria-labelledby="vbr-heading">
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 id="vbr-heading" className="font-semibold">
          {t("vbrSection")}
        </h2>
        <CreateVbr
          port={{ id: hc.id, regionId: hc.regionId, vlanId: hc.vlanId }}
          disabledReason={reasonOf(create)}
        />
      </div>
      {awaitsPartnerConfirm(hc) && hc.sourceVbrId ? (
        <p role="status" className="mb-3 rounded bg-sky-50 px-3 py-2 text-sky-900">
          {tcv("partnerConfirmPending", { vbr: hc.sourceVbrId })}
        </p>
      ) : null}
      <p className="mb-3 text-slate-500">{tcv("bandwidthFollowsPort", { bandwidth: formatSpec(hc.spec) })}</p>
      <Table label={t("vbrTable")}>
        <thead>
          <tr>
            <Th>{tv("columns.id")}</Th>
            <Th>{tv("columns.name")}</Th>
            <Th>{tv("columns.vlanId")}</Th>
            <Th>{tv("columns.bandwidth")}</Th>
            <Th>{tv("columns.status")}</Th>
            <Th>{tv("columns.addresses")}</Th>
            <Th>{tv("columns.actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow colSpan={7}>{t("noVbr")}</EmptyRow>
          ) : (
            rows.map(({ vbr, edit, remove }) => (
              <tr key={vbr.id} className="hover:bg-slate-50">
                <Td className="font-mono">{vbr.id}</Td>
                <Td>
                  {vbr.name ?? "—"}
                  {vbr.description ? (
                    <span className="block text-xs text-slate-500">{vbr.description}</span>
                  ) : null}
                </Td>
                <Td>{vbr.vlanId}</Td>
                <Td className="whitespace-nowrap">
                  {vbr.bandwidthMbps === null ? tv("unlimited") : formatMbps(vbr.bandwidthMbps)}
                </Td>
                <Td>
                  <StatusBadge tone={vbr.status === "active" ? "success" : "info"}>
                    {ts(vbr.status)}
                  </StatusBadge>
                </Td>
                <Td className="font-mono whitespace-nowrap">
                  {vbr.localGatewayIp ?? "—"} / {vbr.peerGatewayIp ?? "—"}
                  <span className="block text-xs text-slate-500">{vbr.peeringSubnetMask}</span>
                </Td>
                <Td>
                  <div className="flex gap-3">
                    <EditVbr
                      vbr={{
                        id: vbr.id,
                        regionId: vbr.regionId,
                        name: vbr.name ?? "",
                        description: vbr.description ?? "",
                        localGatewayIp: vbr.localGatewayIp ?? "",
                        peerGatewayIp: vbr.peerGatewayIp ?? "",
                        peeringSubnetMask: vbr.peeringSubnetMask ?? "",
                      }}
                      disabledReason={reasonOf(edit)}
                    />
                    <DeleteVbr
                      vbr={{ id: vbr.id, regionId: vbr.regionId, name: vbr.name }}
                      disabledReason={reasonOf(remove)}
                    />
                  </div>
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </section>
  );
}
