import type { Db } from "../../../db/client";
import { domainError } from "../../domain/errors";
import { activeCredential, spendNonce } from "../access-keys";
import { readAcs3Request } from "./acs3-signature";
import { checkFreshness, MAX_CLOCK_SKEW_MS } from "./freshness";
import type { RequestParams } from "./params";
import type { RpcRequest } from "./request";
import { readRpcV1Request } from "./rpc-v1-signature";

export type ApiIdentity = { accountUid: string; accessKeyId: string; ramUid?: string };

const MAX_NONCE_LENGTH = 128;
// A request dated up to the skew ahead stays acceptable until twice the skew after its nonce was seen.
const NONCE_TTL_MS = 2 * MAX_CLOCK_SKEW_MS;

/**
 * ACS3 when an Authorization header is sent, else the legacy RPC signature. The nonce is spent only
 * once the signature holds, so nobody can burn another client's nonces.
 */
export async function authenticate(
  db: Db,
  request: RpcRequest,
  params: RequestParams,
  now: Date,
): Promise<ApiIdentity> {
  const authorization = request.headers.authorization;
  const signed =
    authorization === undefined
      ? readRpcV1Request(request, params)
      : readAcs3Request(request, params, authorization);
  if (!signed.nonce || signed.nonce.length > MAX_NONCE_LENGTH) throw domainError("IncompleteSignature");
  checkFreshness(signed.timestamp, now);
  const credential = await activeCredential(db, signed.accessKeyId);
  if (!credential) throw domainError("InvalidAccessKeyId.NotFound");
  if (!signed.verify(credential.secret)) throw domainError("SignatureDoesNotMatch");
  if (params.all.has("SecurityToken") || request.headers["x-acs-security-token"] !== undefined) {
    throw domainError("InvalidSecurityToken.MismatchWithAccessKey");
  }
  await spendNonce(db, signed.nonce, credential.accessKeyId, now, NONCE_TTL_MS);
  return {
    accountUid: credential.accountUid,
    accessKeyId: credential.accessKeyId,
    ...(credential.ramUid ? { ramUid: credential.ramUid } : {}),
  };
}
