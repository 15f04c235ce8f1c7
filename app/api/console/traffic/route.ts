import { consoleRoute } from "@/lib/server/console-context";
import { describeTrafficChart } from "@/lib/server/operations/describe-traffic-chart";
import { runOperation } from "@/lib/server/operations/operation";

export const dynamic = "force-dynamic";

/**
 * GET ?instanceId=<shared port, VBR or circuit ID>&range=1h|3h|...|30d, or &start=&end= (Unix ms): the
 * Monitoring tab's series, through the same authorized read operation a page would use.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const optional = (name: string) => query.get(name) ?? undefined;
  return consoleRoute(async (ctx) => {
    const { items } = await runOperation(describeTrafficChart, ctx, {
      instanceId: query.get("instanceId") ?? "",
      range: optional("range"),
      startTime: optional("start"),
      endTime: optional("end"),
    });
    return items[0];
  });
}
