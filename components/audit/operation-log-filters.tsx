import { useTranslations } from "next-intl";
import {
  OPERATION_LOG_RANGES,
  OPERATION_LOG_RESULTS,
  OPERATION_LOG_SOURCES,
  type OperationLogFilter,
} from "@/lib/server/queries/operation-log";

const field = "rounded border border-slate-300 bg-white px-2 py-1";

/** The Operation Log's filters: a plain GET form, so the filters live in the URL and paging keeps them. */
export function OperationLogFilters({
  filter,
  actions,
  pageSize,
}: {
  filter: Partial<OperationLogFilter>;
  actions: string[];
  pageSize: number;
}) {
  const t = useTranslations("operationLog");
  const ta = useTranslations("audit");
  return (
    <search className="mb-3">
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <input type="hidden" name="pageSize" value={pageSize} />
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{ta("action")}</span>
          <select name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">{t("allActions")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t("resourceId")}</span>
          <input
            name="resourceId"
            type="search"
            defaultValue={filter.resourceId ?? ""}
            maxLength={64}
            placeholder="pc-… / vbr-…"
            className={`${field} w-56 font-mono`}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{ta("result")}</span>
          <select name="result" defaultValue={filter.result ?? ""} className={field}>
            <option value="">{t("allResults")}</option>
            {OPERATION_LOG_RESULTS.map((value) => (
              <option key={value} value={value}>
                {t(`results.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{ta("via")}</span>
          <select name="via" defaultValue={filter.via ?? ""} className={field}>
            <option value="">{t("allSources")}</option>
            {OPERATION_LOG_SOURCES.map((value) => (
              <option key={value} value={value}>
                {ta(`viaValues.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t("range")}</span>
          <select name="range" defaultValue={filter.range ?? "all"} className={field}>
            {OPERATION_LOG_RANGES.map((value) => (
              <option key={value} value={value}>
                {t(`ranges.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
        >
          {t("apply")}
        </button>
      </form>
    </search>
  );
}
