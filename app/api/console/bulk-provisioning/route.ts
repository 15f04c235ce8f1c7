import { BULK_MAX_BYTES } from "@/lib/inputs/bulk-provisioning";
import { consoleRoute } from "@/lib/server/console-context";
import {
  BulkOutcome,
  bulkCreateVirtualPhysicalConnections,
} from "@/lib/server/operations/bulk-create-virtual-physical-connections";
import { runOperation } from "@/lib/server/operations/operation";

export const dynamic = "force-dynamic";

// The CSV travels inside JSON, escaped: room for that, never an unbounded body.
const MAX_BODY_BYTES = BULK_MAX_BYTES * 2 + 1024;

/**
 * POST {regionId, csv, dryRun}: bulk provisioning for the signed-in partner. Answers every row, whether
 * the run was a dry run, committed, or refused whole ({applied, results}); a file that is no CSV of
 * ports answers its refusal code with 400.
 */
export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const text = declared <= MAX_BODY_BYTES ? await request.text() : "";
  if (declared > MAX_BODY_BYTES || text.length > MAX_BODY_BYTES) {
    return Response.json({ code: "InvalidParameter" }, { status: 413 });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ code: "InvalidParameter" }, { status: 400 });
  }
  const dryRun = (body as { dryRun?: unknown })?.dryRun !== false;
  return consoleRoute(async (ctx) => {
    try {
      const out = await runOperation(bulkCreateVirtualPhysicalConnections, ctx, body, { dryRun });
      return { applied: true, results: out.results };
    } catch (error) {
      if (error instanceof BulkOutcome) return { applied: false, dryRun, results: error.results };
      throw error;
    }
  });
}
