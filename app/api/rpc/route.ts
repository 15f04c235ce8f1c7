import { getDatabase } from "@/db/client";
import { domainError } from "@/lib/domain/errors";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/security/limits.mjs";
import { handleRpc } from "@/lib/server/api/handler";
import { refuseRpc } from "@/lib/server/api/responses";
import { now } from "@/lib/server/clock";
import { readBodyWithin } from "@/lib/server/http/read-body";

export const dynamic = "force-dynamic";

// next.config.mjs rewrites the SDK's `POST /` here; GET serves hand-signed RPC v1 calls.
async function serve(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = Object.fromEntries(request.headers);
  const received = { method: request.method, url: `${url.pathname}${url.search}`, headers };
  const body = await readBodyWithin(request, MAX_REQUEST_BODY_BYTES);
  const answer = body
    ? await handleRpc({ ...received, body }, await getDatabase(), now())
    : refuseRpc(
        { ...received, body: Buffer.alloc(0) },
        domainError("RequestBodyTooLarge", { args: [String(MAX_REQUEST_BODY_BYTES)] }),
      );
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export { serve as GET, serve as POST };
