import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationLogEntries } from "@/components/audit/operation-log-entries";
import { OperationLogFilters } from "@/components/audit/operation-log-filters";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { PageSizeSelect } from "@/components/ui/page-size-select";
import { Pagination } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/domain/errors";
import { pageContext } from "@/lib/server/console-context";
import {
  OPERATION_LOG_PAGE_SIZES,
  type OperationLogPage,
  operationLogActions,
  readOperationLog,
} from "@/lib/server/queries/operation-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operationLog"))("title") };
}

const FILTERS = ["action", "resourceId", "result", "via", "range"] as const;

/**
 * The account's Operation Log: what it did, and what was done to its resources, newest first, filtered
 * and paged in the database. `?resourceId=` is one resource's history, also after it was deleted.
 */
export default async function AccountOperationLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region } = await params;
  const path = `/${region}/operation-log`;
  const raw = await searchParams;
  const one = (key: string) => {
    const v = raw[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  const filter = Object.fromEntries(FILTERS.map((key) => [key, one(key)]).filter(([, v]) => v !== ""));
  const pageSize = (OPERATION_LOG_PAGE_SIZES as readonly number[]).includes(Number(one("pageSize")))
    ? Number(one("pageSize"))
    : OPERATION_LOG_PAGE_SIZES[0];
  const page = Math.max(1, Number.parseInt(one("page"), 10) || 1);
  const ctx = await pageContext(path);
  const t = await getTranslations("operationLog");

  let log: OperationLogPage | null = null;
  try {
    log = await readOperationLog(ctx, { ...filter, pageNumber: page, pageSize });
  } catch (error) {
    if (!isDomainError(error)) throw error;
  }
  const query = {
    ...filter,
    pageSize: pageSize === OPERATION_LOG_PAGE_SIZES[0] ? undefined : String(pageSize),
  };
  const exportQuery = new URLSearchParams(filter).toString();
  const filtered = FILTERS.some((key) => key !== "range" && filter[key]) || (filter.range ?? "all") !== "all";

  return (
    <>
      <h1 className="text-xl font-semibold">
        {filter.resourceId ? t("titleOf", { id: filter.resourceId }) : t("title")}
      </h1>
      <p className="mt-1 mb-4 text-slate-500">{filter.resourceId ? t("resourceIntro") : t("intro")}</p>
      <OperationLogFilters filter={filter} actions={operationLogActions()} pageSize={pageSize} />
      {log === null ? (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {t("invalidFilters")}
        </p>
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-end gap-3">
            <PageSizeSelect value={pageSize} options={OPERATION_LOG_PAGE_SIZES} />
            <ExportCsvLink
              href={`/api/console/operation-log/export${exportQuery ? `?${exportQuery}` : ""}`}
            />
          </div>
          <OperationLogEntries entries={log.items} region={region} filtered={filtered} />
          <Pagination total={log.totalCount} page={page} pageSize={pageSize} basePath={path} query={query} />
        </>
      )}
    </>
  );
}
