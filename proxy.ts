import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/security/headers.mjs";

/**
 * Stamps every page with a fresh script nonce: the policy goes on the request, where Next reads the
 * nonce and puts it on its own scripts, and on the response, where the browser refuses any inline
 * script without it (lib/security/headers.mjs).
 */
export function proxy(request: NextRequest): NextResponse {
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
