import { type NextRequest, NextResponse } from "next/server";
import { ORIGINAL_HOST_HEADER } from "./lib/server/api/request";

/**
 * The official SDK posts every API call to `/` (api.md §1.1) and follows no redirect, so POST / is
 * rewritten onto the API route; the console keeps GET / and its own server actions on `/`.
 */
export function proxy(request: NextRequest): NextResponse {
  const isApiCall =
    request.method === "POST" && request.nextUrl.pathname === "/" && !request.headers.has("next-action");
  if (!isApiCall) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = "/api/rpc";
  const headers = new Headers(request.headers);
  headers.set(ORIGINAL_HOST_HEADER, request.headers.get("host") ?? "");
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = { matcher: "/" };
