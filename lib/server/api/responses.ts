import type { DomainError } from "../../domain/errors";
import { newRequestId } from "../ids";
import type { RpcRequest, RpcResponse } from "./request";

export const DEFAULT_HOST_ID = "vpc.aliyuncs.com";

/** The RPC answer formats: `Format=JSON|XML` (any case) chooses; see `responseFormat`. */
export type ResponseFormat = "JSON" | "XML";

// The SDK parses every body as JSON, and as XML when told so: a JSON answer must never claim text/xml.
const CONTENT_TYPE: Record<ResponseFormat, string> = {
  JSON: "application/json;charset=utf-8",
  XML: "application/xml;charset=utf-8",
};

/**
 * `Format` decides when given (JSON or XML, any case; anything else is JSON, the value the error names).
 * Without it: JSON for a client that accepts JSON or signs with ACS3 (its default), else XML, the RPC
 * protocol's default, which hand-written RPC clients expect.
 */
export function responseFormat(request: RpcRequest, format: string | undefined): ResponseFormat {
  if (format !== undefined) return format.toUpperCase() === "XML" ? "XML" : "JSON";
  if (/json/i.test(request.headers.accept ?? "")) return "JSON";
  return request.headers.authorization === undefined ? "XML" : "JSON";
}

/** `Format` as the query string carries it, for answers given before the parameters are read. */
export function queryFormat(request: RpcRequest): string | undefined {
  const start = request.url.indexOf("?");
  if (start === -1) return undefined;
  return new URLSearchParams(request.url.slice(start + 1)).get("Format") ?? undefined;
}

function answer(
  format: ResponseFormat,
  status: number,
  requestId: string,
  root: string,
  body: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): RpcResponse {
  return {
    status,
    headers: { "content-type": CONTENT_TYPE[format], "x-acs-request-id": requestId, ...extraHeaders },
    body: format === "XML" ? toXml(root, body) : JSON.stringify(body),
  };
}

export function success(
  format: ResponseFormat,
  action: string,
  requestId: string,
  body: Record<string, unknown>,
): RpcResponse {
  return answer(format, 200, requestId, `${action}Response`, { RequestId: requestId, ...body });
}

export function failure(
  format: ResponseFormat,
  requestId: string,
  hostId: string,
  error: DomainError,
  extraHeaders?: Record<string, string>,
): RpcResponse {
  const body = {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vpc&requestId=${requestId}`,
  };
  return answer(format, error.httpStatus, requestId, "Error", body, extraHeaders);
}

/**
 * Alibaba's XML form of a JSON body: one element per field, an array as its field's element repeated,
 * absent values left out.
 */
export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, body)}`;
}

function element(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join("");
  if (typeof value === "object") {
    const children = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => element(key, child))
      .join("");
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

// Markup characters become references; characters XML 1.0 cannot carry at all become U+FFFD.
function escapeXml(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ("<>&\"'".includes(char)) out += `&#${code};`;
    else if (xmlCarries(code)) out += char;
    else out += "\ufffd";
  }
  return out;
}

function xmlCarries(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/**
 * A request refused before the handler could read it (its body too large, or an empty Action that
 * routing cannot tell from a page request), in the API's error envelope.
 */
export function refuseRpc(request: RpcRequest, error: DomainError): RpcResponse {
  const format = responseFormat(request, queryFormat(request));
  return failure(format, newRequestId(), request.headers.host ?? DEFAULT_HOST_ID, error);
}
