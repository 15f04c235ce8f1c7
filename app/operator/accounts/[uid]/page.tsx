import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountUsers } from "@/components/operator/account-users";
import { OperatorDialog } from "@/components/operator/operator-dialog";
import { modifyAccountAction } from "@/lib/console/actions/operator";
import { OPERATOR_OPERATIONS as ops } from "@/lib/server/operator";
import { operatorRead } from "@/lib/server/operator-console";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("accounts.title") };
}

/** One account: its facts and switches, its RAM users' policies, its log-ons. */
export default async function AccountPage({ params }: { params: Promise<{ uid: string }> }) {
  const { uid } = await params;
  const path = `/operator/accounts/${uid}`;
  const accounts = await operatorRead(ops.ListAccounts, {}, path);
  const account = accounts.find((a) => a.uid === uid);
  if (!account) notFound();
  const users = await operatorRead(ops.ListUsers, { accountUid: uid }, path);
  const t = await getTranslations("operator");
  const policies = [
    { value: "ReadOnly", label: t("policy.ReadOnly") },
    { value: "FullAccess", label: t("policy.FullAccess") },
  ];
  const facts: Array<[string, string]> = [
    [t("field.uid"), account.uid],
    [
      t("field.role"),
      account.type === "ram"
        ? t("role.ram", { parent: accounts.find((a) => a.uid === account.parentUid)?.name ?? "" })
        : t(account.isPartner ? "role.partner" : "role.tenant"),
    ],
    [t("field.site"), t(`site.${account.site}`)],
    [t("field.status"), account.disabledAt ? t("status.disabled") : t("status.active")],
  ];
  if (account.isPartner)
    facts.push([t("field.highSpecAllowed"), account.highSpecAllowed ? t("yes") : t("no")]);
  if (account.type === "ram" && account.ramPolicy)
    facts.push([t("field.policy"), t(`policy.${account.ramPolicy}`)]);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{account.name}</h1>
      <dl className="mb-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mb-6 flex flex-wrap gap-3">
        <OperatorDialog
          trigger={{ label: t("accounts.edit") }}
          title={t("accounts.edit")}
          success={t("accounts.saved")}
          action={modifyAccountAction}
          fixed={{ uid: account.uid }}
          fields={[
            { name: "name", label: t("field.name"), initial: account.name },
            ...(account.isPartner
              ? [
                  {
                    name: "highSpecAllowed",
                    label: t("field.highSpecAllowed"),
                    kind: "checkbox" as const,
                    initial: account.highSpecAllowed,
                  },
                ]
              : []),
            ...(account.type === "ram"
              ? [
                  {
                    name: "policy",
                    label: t("field.policy"),
                    kind: "select" as const,
                    options: policies,
                    initial: account.ramPolicy ?? "ReadOnly",
                  },
                ]
              : []),
          ]}
        />
        <OperatorDialog
          trigger={{ label: account.disabledAt ? t("accounts.enable") : t("accounts.disable") }}
          title={account.disabledAt ? t("accounts.enable") : t("accounts.disable")}
          success={t("accounts.saved")}
          danger={!account.disabledAt}
          action={modifyAccountAction}
          fixed={{ uid: account.uid, disabled: !account.disabledAt }}
          fields={[]}
        />
      </div>
      <AccountUsers
        account={{
          uid: account.uid,
          name: account.name,
          site: account.site,
          primary: account.type === "primary",
        }}
        users={users}
      />
    </>
  );
}
