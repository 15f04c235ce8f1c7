import { getDb } from "@/db/client";
import { handleRpc } from "@/lib/server/api/handler";
import { ORIGINAL_HOST_HEADER } from "@/lib/server/api/request";
import { now } from "@/lib/server/clock";

export const dynamic = "force-dynamic";

// proxy.ts rewrites the SDK's `POST /` here; GET serves hand-signed RPC v1 calls.
async function serve(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = Object.fromEntries(request.headers);
  const originalHost = headers[ORIGINAL_HOST_HEADER];
  const answer = await handleRpc(
    {
      method: request.method,
      url: `${url.pathname}${url.search}`,
      headers: originalHost ? { ...headers, host: originalHost } : headers,
      body: Buffer.from(await request.arrayBuffer()),
    },
    getDb(),
    now(),
  );
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export { serve as GET, serve as POST };
