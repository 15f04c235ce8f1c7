import { getDatabase } from "@/db/client";
import { now } from "@/lib/server/clock";
import { readBodyWithin } from "@/lib/server/http/read-body";
import { handleRemoteWrite, MAX_PUSH_BYTES } from "@/lib/server/monitoring/remote-write-handler";

export const dynamic = "force-dynamic";

// Prometheus remote_write (docs/monitoring.md): a partner's collector pushes its ports' counters here.
export async function POST(request: Request): Promise<Response> {
  const body = await readBodyWithin(request, MAX_PUSH_BYTES);
  const answer = await handleRemoteWrite(
    { headers: Object.fromEntries(request.headers), body },
    await getDatabase(),
    now(),
  );
  return new Response(answer.status === 204 ? null : answer.body, {
    status: answer.status,
    headers: answer.headers,
  });
}
