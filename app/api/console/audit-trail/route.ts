import { consoleRoute } from "@/lib/server/console-context";
import { readAuditTrail } from "@/lib/server/queries/audit-trail";

export const dynamic = "force-dynamic";

/**
 * GET ?region=&id=<resource ID>&page=: one page of the Operation Log of a resource the signed-in caller
 * may see (components/audit/operation-log.tsx pages with it). A resource the caller may not see answers
 * like one that does not exist.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return consoleRoute((ctx) =>
    readAuditTrail(ctx, {
      regionId: query.get("region") ?? "",
      resourceId: query.get("id") ?? "",
      pageNumber: query.get("page") ?? "1",
    }),
  );
}
