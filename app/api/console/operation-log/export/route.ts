import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/csv";
import { exportRoute } from "@/lib/server/csv-export";
import { operationLogBatches } from "@/lib/server/queries/operation-log";

export const dynamic = "force-dynamic";

/**
 * GET ?action=&resourceId=&circuitId=&result=&via=&range=: every Operation Log entry the filters match,
 * newest first, streamed as CSV. Times are UTC (ISO 8601).
 */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return exportRoute(async (ctx) => {
    const t = await getTranslations("audit");
    const tl = await getTranslations("operationLog");
    const batches = operationLogBatches(ctx, query);
    // Parse errors surface before the first byte is sent, as a 400 rather than a broken download.
    const first = await batches.next();
    async function* rows() {
      let next = first;
      while (!next.done) {
        yield next.value.map((e) => [
          e.at,
          e.actor.kind === "self" || e.actor.kind === "counterpart"
            ? e.actor.uid
            : t(e.actor.kind === "system" ? "system" : "otherAccount"),
          t(`viaValues.${e.via}`),
          e.action,
          e.resourceId,
          e.result,
          e.accessKeyId,
          e.requestId,
        ]);
        next = await batches.next();
      }
    }
    return csvResponse(
      "operation-log.csv",
      [
        t("time"),
        t("actor"),
        t("via"),
        t("action"),
        tl("resource"),
        t("result"),
        t("accessKeyId"),
        t("requestId"),
      ],
      rows(),
    );
  });
}
