import type { SettleStatuses } from "@/lib/console/settling";
import { consoleRoute } from "@/lib/server/console-context";
import { describeVirtualBorderRouters } from "@/lib/server/operations/describe-virtual-border-routers";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";
import { runOperation } from "@/lib/server/operations/operation";

export const dynamic = "force-dynamic";

/**
 * GET ?region=&pc=<shared port ID>&vbr=<VBR ID> (each repeatable): the current status of those the
 * signed-in caller may see, through the same read operations as the pages; null when gone or not visible.
 * Reads settle what is due, so polling this is also what moves Terminating on to Disabled.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const regionId = query.get("region") ?? "";
  const portIds = query.getAll("pc");
  const vbrIds = query.getAll("vbr");
  return consoleRoute(async (ctx): Promise<SettleStatuses> => {
    const ports = portIds.length
      ? (
          await runOperation(listVirtualPhysicalConnections, ctx, {
            regionId,
            virtualPhysicalConnectionIds: portIds,
            maxResults: 100,
          })
        ).items
      : [];
    const vbrs = vbrIds.length
      ? (
          await runOperation(describeVirtualBorderRouters, ctx, {
            regionId,
            includeCrossAccountVbr: true,
            pageSize: 50,
            filters: { vbrId: vbrIds },
          })
        ).items
      : [];
    return { physicalConnections: byId(portIds, ports), vbrs: byId(vbrIds, vbrs) };
  });
}

function byId(ids: string[], items: Array<{ id: string; status: string }>): Record<string, string | null> {
  return Object.fromEntries(ids.map((id) => [id, items.find((item) => item.id === id)?.status ?? null]));
}
