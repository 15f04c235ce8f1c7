import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OperatorDialog } from "@/components/operator/operator-dialog";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { createAccountAction } from "@/lib/console/actions/operator";
import { OPERATOR_OPERATIONS } from "@/lib/server/operator";
import { operatorRead } from "@/lib/server/operator-console";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("accounts.title") };
}

export default async function AccountsPage() {
  const accounts = await operatorRead(OPERATOR_OPERATIONS.ListAccounts, {}, "/operator/accounts");
  const t = await getTranslations("operator");
  const names = new Map(accounts.map((a) => [a.uid, a.name]));
  const roleOf = (a: (typeof accounts)[number]) =>
    a.type === "ram"
      ? t("role.ram", { parent: names.get(a.parentUid ?? "") ?? "" })
      : a.isPartner
        ? t("role.partner")
        : t("role.tenant");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t("accounts.title")}</h1>
        <OperatorDialog
          trigger={{ label: t("accounts.create"), variant: "primary" }}
          title={t("accounts.create")}
          success={t("accounts.created")}
          action={createAccountAction}
          fields={[
            { name: "name", label: t("field.name") },
            {
              name: "role",
              label: t("field.role"),
              kind: "select",
              options: [
                { value: "partner", label: t("role.partner") },
                { value: "tenant", label: t("role.tenant") },
              ],
            },
            {
              name: "site",
              label: t("field.site"),
              kind: "select",
              options: [
                { value: "china", label: t("site.china") },
                { value: "international", label: t("site.international") },
              ],
            },
            { name: "uid", label: t("field.uid"), hint: t("field.uidHint") },
            { name: "highSpecAllowed", label: t("field.highSpecAllowed"), kind: "checkbox" },
          ]}
        />
      </div>
      <Table label={t("accounts.title")}>
        <thead>
          <tr>
            <Th>{t("field.name")}</Th>
            <Th>{t("field.uid")}</Th>
            <Th>{t("field.role")}</Th>
            <Th>{t("field.site")}</Th>
            <Th>{t("field.status")}</Th>
          </tr>
        </thead>
        <tbody>
          {accounts.length === 0 ? <EmptyRow colSpan={5}>{t("accounts.empty")}</EmptyRow> : null}
          {accounts.map((a) => (
            <tr key={a.uid}>
              <Td>
                <Link href={`/operator/accounts/${a.uid}`} className="text-brand-700 hover:underline">
                  {a.name}
                </Link>
              </Td>
              <Td className="font-mono">{a.uid}</Td>
              <Td>{roleOf(a)}</Td>
              <Td>{t(`site.${a.site}`)}</Td>
              <Td>{a.disabledAt ? t("status.disabled") : t("status.active")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
