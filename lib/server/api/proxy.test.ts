import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { NextRequest } from "next/server";
import { config, proxy } from "../../../proxy";
import { ORIGINAL_HOST_HEADER } from "./request";

const ORIGIN = "http://127.0.0.1:3000";

function route(method: string, path: string, headers: Record<string, string> = {}) {
  const response = proxy(
    new NextRequest(`${ORIGIN}${path}`, { method, headers: { host: "127.0.0.1:3000", ...headers } }),
  );
  return {
    rewrite: response.headers.get("x-middleware-rewrite"),
    status: response.status,
    forwardedHost: response.headers.get(`x-middleware-request-${ORIGINAL_HOST_HEADER}`),
  };
}

describe("proxy.ts", () => {
  test("leaves calls naming their action in x-acs-action or ?Action= to next.config.mjs's in-server rewrite", () => {
    assert.equal(
      route("POST", "/?RegionId=cn-hangzhou", { "x-acs-action": "DescribeRegions" }).rewrite,
      null,
    );
    assert.equal(route("POST", "/?Action=DescribeRegions&RegionId=cn-hangzhou").rewrite, null);
  });

  test("rewrites a POST / that names its action only in the body onto the API route, query intact", () => {
    const query = "?Description=desc%20(test)*!&Tag.1.Key=FinanceDept&RegionId=cn-hangzhou";
    const { rewrite, status, forwardedHost } = route("POST", `/${query}`);
    const target = new URL(rewrite ?? "");
    assert.equal(`${target.pathname}${target.search}`, `/api/rpc${query}`);
    assert.equal(status, 200);
    // Next re-addresses a rewrite to localhost; the Host the SDK signed travels along.
    assert.equal(forwardedHost, "127.0.0.1:3000");
  });

  test("leaves the console alone: GET /, other paths, and server actions posted to /", () => {
    assert.equal(route("GET", "/").rewrite, null);
    assert.equal(route("POST", "/login").rewrite, null);
    assert.equal(route("POST", "/", { "next-action": "abc123" }).rewrite, null);
  });

  test("only runs on the root path", () => {
    assert.equal(config.matcher, "/");
  });
});
