import type { Metadata } from "next";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { dateTimeText } from "@/components/ui/date-time";
import { ApplyPrivilege } from "@/components/partner/apply-privilege";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { describePrivileges } from "@/lib/server/operations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotaCenter"))("title") };
}

/** Quota Center > Privileges > Express Connect: the privilege a partner needs to create shared ports. */
export default async function QuotaCenterPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const ctx = await pageContext(`/${region}/quota-center`);
  const privileges = await readForPage(ctx, describePrivileges, {});
  const t = await getTranslations("quotaCenter");
  const format = await getFormatter();
  const timeZone = await getTimeZone();
  const when = (iso: string | null) => (iso ? dateTimeText(format, iso, timeZone) : "—");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-slate-500">
        {t("title")} / {t("privileges")} / {t("product")}
      </nav>
      <h1 className="mb-1 text-xl font-semibold">{t("heading")}</h1>
      <p className="mb-4 text-slate-500">{privileges.isPartner ? t("intro") : t("partnersOnly")}</p>
      <Table label={t("privilegesTable")}>
        <thead>
          <tr>
            <Th>{t("quotaName")}</Th>
            <Th>{t("quotaId")}</Th>
            <Th>{t("current")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <Td>{t("quotaName")}</Td>
            <Td className="font-mono">{privileges.quotaId}</Td>
            <Td>
              {privileges.valid ? (
                <StatusBadge tone="success">
                  {t("validUntil", { until: when(privileges.validUntil) })}
                </StatusBadge>
              ) : (
                <StatusBadge tone="danger">
                  {privileges.validUntil
                    ? t("expiredAt", { at: when(privileges.validUntil) })
                    : t("values.invalid")}
                </StatusBadge>
              )}
            </Td>
            <Td>
              <ApplyPrivilege disabledReason={privileges.isPartner ? undefined : t("partnersOnly")} />
            </Td>
          </tr>
        </tbody>
      </Table>
      <h2 className="mt-8 mb-3 font-semibold">{t("history")}</h2>
      <Table label={t("history")}>
        <thead>
          <tr>
            <Th>{t("appliedAt")}</Th>
            <Th>{t("quotaValue")}</Th>
            <Th>{t("time")}</Th>
            <Th>{t("reason")}</Th>
            <Th>{t("result")}</Th>
          </tr>
        </thead>
        <tbody>
          {privileges.applications.length === 0 ? (
            <EmptyRow colSpan={5}>{t("noApplications")}</EmptyRow>
          ) : (
            privileges.applications.map((a) => (
              <tr key={a.applicationId}>
                <Td className="whitespace-nowrap">{when(a.createdAt)}</Td>
                <Td>{t(`values.${a.value}`)}</Td>
                <Td className="whitespace-nowrap">
                  {a.validFrom ? t("window", { from: when(a.validFrom), until: when(a.validUntil) }) : "—"}
                </Td>
                <Td className="max-w-md break-words">
                  {/* The partner's own words, kept as typed in either language. */}
                  <span translate="no">{a.reason}</span>
                </Td>
                <Td>{t(`statuses.${a.status}`)}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </>
  );
}
