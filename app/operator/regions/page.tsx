import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorDialog } from "@/components/operator/operator-dialog";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { createAccessPointAction, createRegionAction } from "@/lib/console/actions/operator";
import { OPERATOR_OPERATIONS as ops } from "@/lib/server/operator";
import { operatorRead } from "@/lib/server/operator-console";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("regions.title") };
}

/** Regions and their access points: data the operator adds, which every console and API list reads. */
export default async function RegionsPage() {
  const regions = await operatorRead(ops.ListRegions, {}, "/operator/regions");
  const t = await getTranslations("operator");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t("regions.title")}</h1>
        <OperatorDialog
          trigger={{ label: t("regions.create"), variant: "primary" }}
          title={t("regions.create")}
          success={t("regions.created")}
          action={createRegionAction}
          fields={[
            { name: "id", label: t("field.regionId"), hint: t("field.regionIdHint") },
            { name: "nameEn", label: t("field.nameEn") },
            { name: "nameZh", label: t("field.nameZh") },
            { name: "idPrefix", label: t("field.idPrefix"), hint: t("field.idPrefixHint") },
          ]}
        />
        {regions.length > 0 ? (
          <OperatorDialog
            trigger={{ label: t("regions.createAccessPoint") }}
            title={t("regions.createAccessPoint")}
            success={t("regions.createdAccessPoint")}
            action={createAccessPointAction}
            fields={[
              {
                name: "regionId",
                label: t("field.region"),
                kind: "select",
                options: regions.map((r) => ({ value: r.id, label: `${r.nameEn} (${r.id})` })),
              },
              { name: "id", label: t("field.accessPointId") },
              { name: "nameEn", label: t("field.nameEn") },
              { name: "nameZh", label: t("field.nameZh") },
            ]}
          />
        ) : null}
      </div>
      <Table label={t("regions.title")}>
        <thead>
          <tr>
            <Th>{t("field.regionId")}</Th>
            <Th>{t("field.nameEn")}</Th>
            <Th>{t("field.nameZh")}</Th>
            <Th>{t("field.accessPoints")}</Th>
          </tr>
        </thead>
        <tbody>
          {regions.length === 0 ? <EmptyRow colSpan={4}>{t("regions.empty")}</EmptyRow> : null}
          {regions.map((r) => (
            <tr key={r.id}>
              <Td className="font-mono">{r.id}</Td>
              <Td>{r.nameEn}</Td>
              <Td>{r.nameZh}</Td>
              <Td>
                <ul>
                  {r.accessPoints.map((p) => (
                    <li key={p.id}>
                      <span className="font-mono">{p.id}</span> {p.nameEn} / {p.nameZh}
                    </li>
                  ))}
                </ul>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
