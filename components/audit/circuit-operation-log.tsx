import { getTranslations } from "next-intl/server";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { Pagination } from "@/components/ui/pagination";
import type { ConsoleContext } from "@/lib/server/console-context";
import { readOperationLog } from "@/lib/server/queries/operation-log";
import { OperationLogEntries } from "./operation-log-entries";

const PAGE_SIZE = 20;

/** A circuit's "Operation Log" tab: what was done to the circuit, its shared ports and their VBRs. */
export async function CircuitOperationLog({
  ctx,
  region,
  circuitId,
  path,
  page,
}: {
  ctx: ConsoleContext;
  region: string;
  circuitId: string;
  path: string;
  page: number;
}) {
  const t = await getTranslations("operationLog");
  const log = await readOperationLog(ctx, { circuitId, pageNumber: page, pageSize: PAGE_SIZE });
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-500">{t("circuitIntro")}</p>
        <ExportCsvLink
          href={`/api/console/operation-log/export?circuitId=${encodeURIComponent(circuitId)}`}
        />
      </div>
      <OperationLogEntries entries={log.items} region={region} filtered={false} />
      <Pagination
        total={log.totalCount}
        page={page}
        pageSize={PAGE_SIZE}
        basePath={path}
        query={{ tab: "log" }}
      />
    </>
  );
}
