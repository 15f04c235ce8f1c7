import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OperatorDialog } from "@/components/operator/operator-dialog";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import {
  createCircuitAction,
  enableCircuitAction,
  setCircuitQuotaAction,
  terminateCircuitAction,
} from "@/lib/console/actions/operator";
import { LINE_OPERATORS } from "@/lib/domain/enums";
import { OPERATOR_OPERATIONS as ops } from "@/lib/server/operator";
import { operatorRead } from "@/lib/server/operator-console";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("circuits.title") };
}

const PORT_TYPES = ["1000Base-LX", "1000Base-T", "10GBase-LR", "10GBase-T", "40GBase-LR", "100GBase-LR"];

/** Every partner's circuits: the operator builds them, enables, terminates and sets their quota. */
export default async function CircuitsPage() {
  const path = "/operator/circuits";
  const [circuits, accounts, regions] = await Promise.all([
    operatorRead(ops.ListCircuits, {}, path),
    operatorRead(ops.ListAccounts, {}, path),
    operatorRead(ops.ListRegions, {}, path),
  ]);
  const t = await getTranslations("operator");
  const zh = (await getLocale()) === "zh-CN";
  const partners = accounts.filter((a) => a.isPartner && a.type === "primary" && !a.disabledAt);
  const ownerName = new Map(accounts.map((a) => [a.uid, a.name]));
  const points = regions.flatMap((r) =>
    r.accessPoints.map((p) => ({
      value: p.id,
      label: `${zh ? r.nameZh : r.nameEn} / ${zh ? p.nameZh : p.nameEn}`,
    })),
  );
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t("circuits.title")}</h1>
        <CreateCircuit
          t={t}
          partners={partners.map((p) => ({ value: p.uid, label: `${p.name} (${p.uid})` }))}
          points={points}
        />
      </div>
      <Table label={t("circuits.title")}>
        <thead>
          <tr>
            <Th>{t("field.name")}</Th>
            <Th>{t("field.circuitId")}</Th>
            <Th>{t("field.owner")}</Th>
            <Th>{t("field.region")}</Th>
            <Th>{t("field.capacity")}</Th>
            <Th>{t("field.quota")}</Th>
            <Th>{t("field.status")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {circuits.length === 0 ? <EmptyRow colSpan={8}>{t("circuits.empty")}</EmptyRow> : null}
          {circuits.map((c) => (
            <tr key={c.id}>
              <Td>{c.name}</Td>
              <Td className="font-mono">{c.id}</Td>
              <Td>{ownerName.get(c.ownerUid) ?? c.ownerUid}</Td>
              <Td>{c.regionId}</Td>
              <Td>{c.capacityMbps} Mbps</Td>
              <Td>{c.vpconnQuota}</Td>
              <Td>{c.status}</Td>
              <Td>
                <span className="flex flex-wrap gap-3">
                  {c.status === "Confirmed" ? (
                    <OperatorDialog
                      trigger={{
                        label: t("circuits.enable"),
                        ariaLabel: t("circuits.enableLabel", { name: c.name }),
                      }}
                      title={t("circuits.enable")}
                      success={t("circuits.saved")}
                      action={enableCircuitAction}
                      fixed={{ circuitId: c.id }}
                      fields={[]}
                    />
                  ) : null}
                  <OperatorDialog
                    trigger={{
                      label: t("circuits.quota"),
                      ariaLabel: t("circuits.quotaLabel", { name: c.name }),
                    }}
                    title={t("circuits.quota")}
                    success={t("circuits.saved")}
                    action={setCircuitQuotaAction}
                    fixed={{ circuitId: c.id }}
                    fields={[
                      {
                        name: "vpconnQuota",
                        label: t("field.quota"),
                        kind: "number",
                        initial: String(c.vpconnQuota),
                      },
                    ]}
                  />
                  {c.status !== "Terminated" ? (
                    <OperatorDialog
                      trigger={{
                        label: t("circuits.terminate"),
                        ariaLabel: t("circuits.terminateLabel", { name: c.name }),
                      }}
                      title={t("circuits.terminate")}
                      success={t("circuits.saved")}
                      danger
                      action={terminateCircuitAction}
                      fixed={{ circuitId: c.id }}
                      fields={[]}
                    />
                  ) : null}
                </span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

function CreateCircuit({
  t,
  partners,
  points,
}: {
  t: Awaited<ReturnType<typeof getTranslations<"operator">>>;
  partners: Array<{ value: string; label: string }>;
  points: Array<{ value: string; label: string }>;
}) {
  return (
    <OperatorDialog
      trigger={{ label: t("circuits.create"), variant: "primary" }}
      title={t("circuits.create")}
      success={t("circuits.created")}
      action={createCircuitAction}
      fields={[
        { name: "ownerUid", label: t("field.owner"), kind: "select", options: partners },
        { name: "accessPointId", label: t("field.accessPoint"), kind: "select", options: points },
        { name: "name", label: t("field.name") },
        {
          name: "portType",
          label: t("field.portType"),
          kind: "select",
          options: PORT_TYPES.map((p) => ({ value: p, label: p })),
          initial: "10GBase-LR",
        },
        { name: "capacityMbps", label: t("field.capacity"), kind: "number", initial: "10000" },
        {
          name: "lineOperator",
          label: t("field.lineOperator"),
          kind: "select",
          options: LINE_OPERATORS.map((o) => ({ value: o, label: t(`lineOperator.${o}`) })),
        },
        {
          name: "redundantCircuitId",
          label: t("field.redundantCircuit"),
          hint: t("field.redundantCircuitHint"),
        },
        { name: "vpconnQuota", label: t("field.quota"), kind: "number", initial: "500" },
      ]}
    />
  );
}
