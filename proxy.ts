import { type NextRequest, NextResponse } from "next/server";
import { missingParameter } from "./lib/domain/errors";
import { refuseRpc } from "./lib/server/api/responses";
import { contentSecurityPolicy } from "./lib/security/headers.mjs";

/**
 * Stamps every page with a fresh script nonce: the policy goes on the request, where Next reads the
 * nonce and puts it on its own scripts, and on the response, where the browser refuses any inline
 * script without it (lib/security/headers.mjs).
 */
export function proxy(request: NextRequest): NextResponse {
  if (isEmptyApiAction(request)) return refuseEmptyAction(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    https: request.headers.get("x-forwarded-proto") === "https",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * `/?Action=` with nothing else of the RPC envelope: next.config.mjs's rewrites cannot see an empty
 * value, so it would reach the console (and its log-on redirect). It is an API call naming no action.
 */
function isEmptyApiAction(request: NextRequest): boolean {
  return (
    request.nextUrl.pathname === "/" &&
    request.nextUrl.searchParams.get("Action") === "" &&
    !request.headers.has("x-acs-action")
  );
}

function refuseEmptyAction(request: NextRequest): NextResponse {
  const answer = refuseRpc(
    {
      method: request.method,
      url: `${request.nextUrl.pathname}${request.nextUrl.search}`,
      headers: Object.fromEntries(request.headers),
      body: Buffer.alloc(0),
    },
    missingParameter("Action"),
  );
  return new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
}

export const config = {
  matcher: [
    {
      // Pages only: API routes and static files keep next.config.mjs's policy, which allows no inline script.
      source: "/((?!api/|_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)",
      // Never a request with a body (a server action, or an API call on `/`): Next would buffer the whole
      // body before running the proxy. Their answers are not pages.
      missing: [
        { type: "header", key: "content-length", value: "[1-9][0-9]*" },
        { type: "header", key: "transfer-encoding" },
        { type: "header", key: "next-action" },
      ],
    },
  ],
};
