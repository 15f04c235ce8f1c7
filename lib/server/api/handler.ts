import type { Db } from "../../../db/client";
import { type DomainError, domainError, isDomainError, missingParameter } from "../../domain/errors";
import { newRequestId } from "../ids";
import type { AnyAdapter } from "./adapter";
import { ADAPTERS } from "./adapters";
import { METRIC_ADAPTERS } from "./adapters/metrics";
import { authenticate } from "./authenticate";
import { readParams } from "./params";
import type { RpcRequest, RpcResponse } from "./request";
import { failure, success } from "./responses";
import { runAdapter } from "./run-adapter";

export const API_VERSION = "2016-04-28";
/** CloudMonitor's API version: its metric reads over the traffic partners push (docs/monitoring.md). */
export const CMS_API_VERSION = "2019-01-01";
const APIS: ReadonlyMap<string, ReadonlyMap<string, AnyAdapter>> = new Map([
  [API_VERSION, ADAPTERS],
  [CMS_API_VERSION, METRIC_ADAPTERS],
]);
const DEFAULT_HOST_ID = "vpc.aliyuncs.com";

/** A request refused before it could be read (its body was too large), in the API's JSON envelope. */
export function refuseRpc(headers: RpcRequest["headers"], error: DomainError): RpcResponse {
  return failure(newRequestId(), headers.host ?? DEFAULT_HOST_ID, error);
}

/**
 * The Express Connect RPC endpoint, framework-free: the Next route and the tests' plain HTTP server
 * both call it, with a body already read within MAX_REQUEST_BODY_BYTES. Every answer is JSON; only an
 * unexpected exception becomes a 500. Before the signature holds, the work is bounded by the body and
 * parameter limits; the operation runs only after it.
 */
export async function handleRpc(request: RpcRequest, db: Db, now = new Date()): Promise<RpcResponse> {
  const requestId = newRequestId();
  try {
    const params = readParams(request);
    const action = envelope(request, params.all, "x-acs-action", "Action");
    const adapters = APIS.get(envelope(request, params.all, "x-acs-version", "Version"));
    if (!adapters) throw domainError("InvalidVersion");
    const adapter = adapters.get(action);
    if (!adapter) throw domainError("InvalidApi.NotFound");
    const identity = await authenticate(db, request, params, now);
    const caller = { ...identity, via: "api" as const };
    return success(requestId, await runAdapter(adapter, params.all, { db, caller, requestId, now }));
  } catch (error) {
    const hostId = request.headers.host ?? DEFAULT_HOST_ID;
    if (isDomainError(error)) return failure(requestId, hostId, error);
    console.error(`[api] request ${requestId} failed`, error);
    return failure(requestId, hostId, domainError("InternalError"));
  }
}

/** ACS3 sends Action and Version as headers, RPC v1 as parameters (and the headers too). */
function envelope(request: RpcRequest, params: ReadonlyMap<string, string>, header: string, param: string) {
  const fromHeader = request.headers[header];
  const fromParam = params.get(param);
  if (fromHeader !== undefined && fromParam !== undefined && fromHeader !== fromParam) {
    throw domainError("InvalidParameter", { args: [param], field: param });
  }
  const value = fromHeader ?? fromParam;
  if (!value) throw missingParameter(param);
  return value;
}
