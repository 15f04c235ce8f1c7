import { consoleRoute } from "@/lib/server/console-context";
import { readChanges } from "@/lib/server/queries/changes";

export const dynamic = "force-dynamic";

/**
 * GET ?since=<version>: whether anything the signed-in caller can see changed since that version, the new
 * version, and the unread notification count (components/console/live-updates.tsx polls it). Without
 * `since`, or with a malformed one, just the current version.
 */
export async function GET(request: Request): Promise<Response> {
  const raw = new URL(request.url).searchParams.get("since");
  const since = raw !== null && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  return consoleRoute((ctx) => readChanges(ctx, since));
}
