import type { DomainError } from "../../domain/errors";
import type { RpcResponse } from "./request";

const JSON_UTF8 = "application/json;charset=utf-8";

// The SDK parses every body as JSON, and as XML when told so: errors must never claim text/xml.
function json(status: number, requestId: string, body: Record<string, unknown>): RpcResponse {
  return {
    status,
    headers: { "content-type": JSON_UTF8, "x-acs-request-id": requestId },
    body: JSON.stringify(body),
  };
}

export function success(requestId: string, body: Record<string, unknown>): RpcResponse {
  return json(200, requestId, { RequestId: requestId, ...body });
}

export function failure(requestId: string, hostId: string, error: DomainError): RpcResponse {
  return json(error.httpStatus, requestId, {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vpc&requestId=${requestId}`,
  });
}
