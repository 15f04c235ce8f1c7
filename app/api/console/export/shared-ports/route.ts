import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/csv";
import { listView } from "@/lib/inputs/list-sort";
import { csvRows, everyPage, exportRoute } from "@/lib/server/csv-export";
import { runOperation } from "@/lib/server/operations";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";

export const dynamic = "force-dynamic";

const PAGE = 100;

/**
 * GET ?region=&circuitId=&q=&status=&sort=&order=: every shared port the list shows with these filters,
 * in its order, as CSV: a partner's on one circuit (circuitId) or all its circuits, a tenant's own.
 */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { sort } = listView(query);
  return exportRoute(async (ctx) => {
    const t = await getTranslations("csv");
    const read = (pageNumber: number) =>
      runOperation(listVirtualPhysicalConnections, ctx, {
        regionId: query.region ?? "",
        physicalConnectionId: query.circuitId || undefined,
        search: query.q || undefined,
        consoleStatus: query.status || undefined,
        sort,
        maxResults: PAGE,
        pageNumber,
      }).then((page) => page.items);
    // The first page is read before the download starts, so a bad filter answers 400, not a broken file.
    const first = await read(1);
    const pages = everyPage((n) => (n === 1 ? Promise.resolve(first) : read(n)), PAGE);
    return csvResponse(
      "shared-ports.csv",
      [
        t("columns.id"),
        t("columns.name"),
        t("columns.circuitId"),
        t("columns.partnerUid"),
        t("columns.tenantUid"),
        t("columns.vlanId"),
        t("columns.spec"),
        t("columns.orderMode"),
        t("columns.status"),
        t("columns.vpconnStatus"),
        t("columns.createdAt"),
        t("columns.expiresAt"),
      ],
      csvRows(pages, (p) => [
        p.id,
        p.name,
        p.circuitId,
        p.partnerUid,
        p.tenantUid,
        p.vlanId,
        p.spec,
        p.orderMode,
        p.status,
        p.vpconnStatus,
        p.createdAt,
        p.endTime,
      ]),
    );
  });
}
