// Raw API requests signed by the official SDK's own signer (@alicloud/openapi-core), for tests that
// need to bend one part of a request the SDK would always send right.
import { randomBytes } from "node:crypto";
import querystring from "node:querystring";
import { OpenApiUtil } from "@alicloud/openapi-core";
import { hashPayload } from "./acs3-signature";
import { API_VERSION } from "./handler";
import type { RpcRequest } from "./request";
import type { SdkKey } from "./sdk-client";
import { readXml } from "./test-xml";

export type Signing = {
  action: string;
  params?: Record<string, string>;
  key: SdkKey;
  date?: Date;
  nonce?: string;
  version?: string;
  /** A form-encoded body (sent with its content-type, which ACS3 then signs). */
  form?: Record<string, string>;
  /** ACS3: send the form's content-type without signing it, as a tampering proxy could. */
  unsignedContentType?: boolean;
  /** RPC v1: the Format parameter ("json" unless told); null leaves it out. */
  format?: string | null;
};

const HOST = "127.0.0.1:3000";
const FORM = "application/x-www-form-urlencoded";

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
const newNonce = () => randomBytes(16).toString("hex");

export function acs3Request(s: Signing): RpcRequest {
  const query = s.params ?? {};
  const body = Buffer.from(s.form ? querystring.stringify(s.form) : "");
  const headers: Record<string, string> = {
    host: HOST,
    "x-acs-action": s.action,
    "x-acs-version": s.version ?? API_VERSION,
    "x-acs-date": isoSeconds(s.date ?? new Date()),
    "x-acs-signature-nonce": s.nonce ?? newNonce(),
    "x-acs-content-sha256": hashPayload(body),
    ...(s.form && !s.unsignedContentType ? { "content-type": FORM } : {}),
  };
  headers.authorization = OpenApiUtil.getAuthorization(
    { method: "POST", pathname: "/", query, headers } as unknown as Parameters<
      typeof OpenApiUtil.getAuthorization
    >[0],
    "ACS3-HMAC-SHA256",
    headers["x-acs-content-sha256"] ?? "",
    s.key.accessKeyId,
    s.key.accessKeySecret,
  );
  if (s.form && s.unsignedContentType) headers["content-type"] = FORM;
  return { method: "POST", url: `/?${querystring.stringify(query)}`, headers, body };
}

export function rpcV1Request(s: Signing & { method?: "GET" | "POST" }): RpcRequest {
  const method = s.method ?? "POST";
  const format = s.format === undefined ? "json" : s.format;
  const query: Record<string, string> = {
    Action: s.action,
    ...(format === null ? {} : { Format: format }),
    Version: s.version ?? API_VERSION,
    Timestamp: isoSeconds(s.date ?? new Date()),
    SignatureNonce: s.nonce ?? newNonce(),
    ...s.params,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    AccessKeyId: s.key.accessKeyId,
  };
  query.Signature = OpenApiUtil.getRPCSignature({ ...query, ...s.form }, method, s.key.accessKeySecret);
  return {
    method,
    url: `/?${querystring.stringify(query)}`,
    headers: {
      host: HOST,
      "x-acs-action": s.action,
      "x-acs-version": s.version ?? API_VERSION,
      ...(s.form ? { "content-type": FORM } : {}),
    },
    body: Buffer.from(s.form ? querystring.stringify(s.form) : ""),
  };
}

/** The parsed body of a handler answer, JSON or XML as its content-type says. */
export function bodyOf(answer: { body: string; headers: Record<string, string> }): Record<string, unknown> {
  const type = answer.headers["content-type"];
  if (type === "application/xml;charset=utf-8") return readXml(answer.body).body;
  if (type !== "application/json;charset=utf-8") throw new Error(`unexpected content-type ${type}`);
  return JSON.parse(answer.body) as Record<string, unknown>;
}
