import { getTranslations } from "next-intl/server";
import type { LinkTab } from "@/components/ui/link-tabs";
import { isDomainError } from "@/lib/domain/errors";
import { pageContext } from "@/lib/server/console-context";
import { type AuditTrail, readAuditTrail } from "@/lib/server/queries/audit-trail";
import { OperationLogTable } from "./operation-log-table";

/**
 * "Operation Log": the audit trail of one shared port, circuit or VBR, newest first. The first page is
 * rendered here; further pages load in place. Renders nothing for a resource the caller may not see.
 */
export async function OperationLog({
  region,
  resourceId,
  heading = true,
}: {
  region: string;
  resourceId: string;
  /** False inside a tab that already says "Operation Log". */
  heading?: boolean;
}) {
  const t = await getTranslations("audit");
  const ctx = await pageContext(`/${region}/physical-connection/${resourceId}`);
  let trail: AuditTrail;
  try {
    trail = await readAuditTrail(ctx, { regionId: region, resourceId });
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
  const table = <OperationLogTable initial={trail} region={region} />;
  if (!heading) return table;
  return (
    <section aria-labelledby="operation-log-heading" className="mt-6">
      <h2 id="operation-log-heading" className="mb-3 font-semibold">
        {t("title")}
      </h2>
      {table}
    </section>
  );
}

/** The "Operation Log" tab of a page with link tabs: `?tab=log` on `path`. */
export async function operationLogTab(path: string): Promise<LinkTab> {
  const t = await getTranslations("audit");
  return { id: "log", label: t("title"), href: `${path}?tab=log` };
}
