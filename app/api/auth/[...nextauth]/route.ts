import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/security/limits.mjs";
import { readBodyWithin } from "@/lib/server/http/read-body";

export const { GET } = handlers;

/** Auth.js parses whatever body it is given: read it within the limit first. */
export async function POST(request: NextRequest): Promise<Response> {
  const body = await readBodyWithin(request, MAX_REQUEST_BODY_BYTES);
  if (!body) {
    return Response.json({ code: "RequestBodyTooLarge" }, { status: 413 });
  }
  return handlers.POST(
    new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) }),
  );
}
