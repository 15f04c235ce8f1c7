import { type NextRequest, NextResponse } from "next/server";
import { ORIGINAL_HOST_HEADER } from "./lib/server/api/request";

/**
 * The official SDK posts every API call to `/` (docs/api.md, The protocol) and follows no redirect.
 * Calls that name their action in the x-acs-action header or the Action query parameter are rewritten
 * by next.config.mjs, inside the server; this catches the rest (Action only in a form body). The
 * console keeps GET / and its own server actions on `/`.
 */
export function proxy(request: NextRequest): NextResponse {
  const isApiCall =
    request.method === "POST" && request.nextUrl.pathname === "/" && !request.headers.has("next-action");
  const rewrittenByConfig = request.headers.has("x-acs-action") || request.nextUrl.searchParams.has("Action");
  if (!isApiCall || rewrittenByConfig) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = "/api/rpc";
  const headers = new Headers(request.headers);
  headers.set(ORIGINAL_HOST_HEADER, request.headers.get("host") ?? "");
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = { matcher: "/" };
