import { consoleRoute } from "@/lib/server/console-context";
import { describeVlanAvailability } from "@/lib/server/operations/describe-vlan-availability";
import { runOperation } from "@/lib/server/operations/operation";

export const dynamic = "force-dynamic";

/**
 * GET ?region=&circuit=&vlan=&tenant=&instance=: whether the typed VLAN is free for the tenant (or for the
 * port being modified) and the next free one, asked while Create or Modify Shared Port is filled in.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const optional = (name: string) => query.get(name) || undefined;
  return consoleRoute(async (ctx) => {
    const out = await runOperation(describeVlanAvailability, ctx, {
      regionId: query.get("region") ?? "",
      physicalConnectionId: query.get("circuit") ?? "",
      vlanId: optional("vlan"),
      vpconnAliUid: optional("tenant"),
      instanceId: optional("instance"),
    });
    return out.items[0];
  });
}
