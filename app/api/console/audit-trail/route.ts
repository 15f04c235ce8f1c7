import { getDb } from "@/db/client";
import { isDomainError } from "@/lib/domain/errors";
import { getConsoleCaller } from "@/lib/server/auth/session";
import { newRequestId } from "@/lib/server/ids";
import { readAuditTrail } from "@/lib/server/queries/audit-trail";

export const dynamic = "force-dynamic";

/**
 * GET ?region=&id=<resource ID>&page=: one page of the Operation Log of a resource the signed-in caller
 * may see (components/audit/operation-log.tsx pages with it). Anything else answers 404, like a resource
 * that does not exist.
 */
export async function GET(request: Request): Promise<Response> {
  const caller = await getConsoleCaller();
  if (!caller) return Response.json({ code: "Unauthenticated" }, { status: 401 });
  const query = new URL(request.url).searchParams;
  const ctx = { db: getDb(), caller, requestId: newRequestId(), now: new Date() };
  try {
    const trail = await readAuditTrail(ctx, {
      regionId: query.get("region") ?? "",
      resourceId: query.get("id") ?? "",
      pageNumber: query.get("page") ?? "1",
    });
    return Response.json(trail, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isDomainError(error)) {
      return Response.json({ code: error.code }, { status: error.code === "InvalidParameter" ? 400 : 404 });
    }
    throw error;
  }
}
