import type { Db } from "../../../db/client";
import { domainError, isDomainError, missingParameter } from "../../domain/errors";
import { API_RATE_LIMIT, type ApiRateLimit, admitApiCall } from "../access-keys";
import { newRequestId } from "../ids";
import type { AnyAdapter } from "./adapter";
import { ADAPTERS } from "./adapters";
import { METRIC_ADAPTERS } from "./adapters/metrics";
import { authenticate } from "./authenticate";
import { readParams } from "./params";
import type { RpcRequest, RpcResponse } from "./request";
import {
  DEFAULT_HOST_ID,
  failure,
  queryFormat,
  type ResponseFormat,
  responseFormat,
  success,
} from "./responses";
import { runAdapter } from "./run-adapter";

export const API_VERSION = "2016-04-28";
/** CloudMonitor's API version: its metric reads over the traffic partners push (docs/monitoring.md). */
export const CMS_API_VERSION = "2019-01-01";
const APIS: ReadonlyMap<string, ReadonlyMap<string, AnyAdapter>> = new Map([
  [API_VERSION, ADAPTERS],
  [CMS_API_VERSION, METRIC_ADAPTERS],
]);

export type RpcOptions = {
  /** Calls per AccessKey; null only for tests that sign thousands of calls at one instant to probe inputs. */
  rateLimit?: ApiRateLimit | null;
};

/**
 * The Express Connect RPC endpoint, framework-free: the Next route and the tests' plain HTTP server
 * both call it, with a body already read within MAX_REQUEST_BODY_BYTES. Every answer is the RPC
 * envelope (JSON or XML); only an unexpected exception becomes a 500. Before the signature holds, the
 * work is bounded by the body and parameter limits; the operation runs only after it.
 */
export async function handleRpc(
  request: RpcRequest,
  db: Db,
  now = new Date(),
  { rateLimit = API_RATE_LIMIT }: RpcOptions = {},
): Promise<RpcResponse> {
  const requestId = newRequestId();
  const hostId = request.headers.host ?? DEFAULT_HOST_ID;
  let format: ResponseFormat = responseFormat(request, queryFormat(request));
  try {
    const params = readParams(request);
    format = responseFormat(request, params.all.get("Format"));
    const action = envelope(request, params.all, "x-acs-action", "Action");
    const adapters = APIS.get(envelope(request, params.all, "x-acs-version", "Version"));
    if (!adapters) throw domainError("InvalidVersion");
    const adapter = adapters.get(action);
    if (!adapter) throw domainError("InvalidApi.NotFound");
    const identity = await authenticate(db, request, params, now);
    if (rateLimit) {
      const admission = await admitApiCall(db, identity.accessKeyId, now, rateLimit);
      if (!admission.admitted) {
        return failure(format, requestId, hostId, domainError("Throttling.User"), {
          "x-acs-retry-after": String(admission.retryAfterMs),
        });
      }
    }
    const caller = { ...identity, via: "api" as const };
    const body = await runAdapter(adapter, params.all, { db, caller, requestId, now });
    return success(format, action, requestId, body);
  } catch (error) {
    if (isDomainError(error)) return failure(format, requestId, hostId, error);
    console.error(`[api] request ${requestId} failed`, error);
    return failure(format, requestId, hostId, domainError("InternalError"));
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
