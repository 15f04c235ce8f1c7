import { consoleRoute } from "@/lib/server/console-context";
import { describeCircuitPlan } from "@/lib/server/operations/describe-circuit-plan";
import { runOperation } from "@/lib/server/operations/operation";

export const dynamic = "force-dynamic";

/** GET ?region=&circuit=: the signed-in partner's plan of its circuit, for Create and Modify Shared Port. */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return consoleRoute(async (ctx) => {
    const out = await runOperation(describeCircuitPlan, ctx, {
      regionId: query.get("region") ?? "",
      physicalConnectionId: query.get("circuit") ?? "",
    });
    return out.items[0];
  });
}
