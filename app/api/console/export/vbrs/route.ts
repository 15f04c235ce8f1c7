import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/csv";
import { csvRows, everyPage, exportRoute } from "@/lib/server/csv-export";
import { runOperation } from "@/lib/server/operations";
import { describeVirtualBorderRouters } from "@/lib/server/operations/describe-virtual-border-routers";

export const dynamic = "force-dynamic";

const PAGE = 50;

/** GET ?region=&circuitId=&q=: every VBR the list shows with these filters, as CSV (a circuit's VBR tab). */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return exportRoute(async (ctx) => {
    const t = await getTranslations("csv");
    const read = (pageNumber: number) =>
      runOperation(describeVirtualBorderRouters, ctx, {
        regionId: query.region ?? "",
        includeCrossAccountVbr: true,
        filters: query.circuitId ? { physicalConnectionId: [query.circuitId] } : {},
        search: query.q || undefined,
        pageSize: PAGE,
        pageNumber,
      }).then((page) => page.items);
    const first = await read(1);
    const pages = everyPage((n) => (n === 1 ? Promise.resolve(first) : read(n)), PAGE);
    return csvResponse(
      "vbrs.csv",
      [
        t("columns.id"),
        t("columns.name"),
        t("columns.ownerUid"),
        t("columns.physicalConnectionId"),
        t("columns.circuitId"),
        t("columns.vlanId"),
        t("columns.bandwidthMbps"),
        t("columns.status"),
        t("columns.localGatewayIp"),
        t("columns.peerGatewayIp"),
        t("columns.peeringSubnetMask"),
        t("columns.createdAt"),
      ],
      csvRows(pages, (v) => [
        v.id,
        v.name,
        v.ownerUid,
        v.physicalConnectionId,
        v.circuitId,
        v.vlanId,
        v.bandwidthMbps,
        v.status,
        v.localGatewayIp,
        v.peerGatewayIp,
        v.peeringSubnetMask,
        v.createdAt,
      ]),
    );
  });
}
