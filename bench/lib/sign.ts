// Express Connect API requests signed ACS3-HMAC-SHA256 by the official SDK's own signer, as the SDK posts
// them: POST / with the parameters in the query string (proxy.ts rewrites it onto /api/rpc).
import { createHash, randomBytes } from "node:crypto";
import querystring from "node:querystring";
import { OpenApiUtil } from "@alicloud/openapi-core";
import type { HttpRequest, Target } from "./http";

export type ApiKey = { accessKeyId: string; accessKeySecret: string };

const API_VERSION = "2016-04-28";
const EMPTY_SHA256 = createHash("sha256").update("").digest("hex");

export function signedApiRequest(
  target: Target,
  key: ApiKey,
  action: string,
  params: Record<string, string>,
): HttpRequest {
  const headers: Record<string, string> = {
    host: `${target.host}:${target.port}`,
    "x-acs-action": action,
    "x-acs-version": API_VERSION,
    "x-acs-date": new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    "x-acs-signature-nonce": randomBytes(16).toString("hex"),
    "x-acs-content-sha256": EMPTY_SHA256,
  };
  headers.authorization = OpenApiUtil.getAuthorization(
    { method: "POST", pathname: "/", query: params, headers } as unknown as Parameters<
      typeof OpenApiUtil.getAuthorization
    >[0],
    "ACS3-HMAC-SHA256",
    EMPTY_SHA256,
    key.accessKeyId,
    key.accessKeySecret,
  );
  return { method: "POST", path: `/?${querystring.stringify(params)}`, headers };
}

/** The API's answer, or its error code. */
export function apiAnswer(body: Buffer): { code?: string; data: Record<string, unknown> } {
  try {
    const data = JSON.parse(body.toString()) as Record<string, unknown>;
    return { code: typeof data.Code === "string" ? data.Code : undefined, data };
  } catch {
    return { code: "NotJson", data: {} };
  }
}
