// The legacy RPC signature, HMAC-SHA1 over every parameter: SDK signatureAlgorithm "v2",
// the CLI and Terraform-era clients.
import { createHmac } from "node:crypto";
import { domainError, missingParameter } from "../../domain/errors";
import type { RequestParams } from "./params";
import { percentEncode } from "./percent-encode";
import type { RpcRequest } from "./request";
import { type SignedRequest, sameSignature } from "./signed-request";

export function rpcV1Signature(method: string, params: ReadonlyMap<string, string>, secret: string): string {
  const canonical = [...params.keys()]
    .filter((key) => key !== "Signature")
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params.get(key) ?? "")}`)
    .join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  return createHmac("sha1", `${secret}&`).update(stringToSign).digest("base64");
}

export function readRpcV1Request(request: RpcRequest, params: RequestParams): SignedRequest {
  const all = params.all;
  const required = (name: string) => {
    const value = all.get(name);
    if (!value) throw missingParameter(name);
    return value;
  };
  const signature = required("Signature");
  const accessKeyId = required("AccessKeyId");
  // Only parameters are signed here: the x-acs-action and x-acs-version headers must not decide alone.
  required("Action");
  required("Version");
  if (all.get("SignatureMethod") !== "HMAC-SHA1" || (all.get("SignatureVersion") ?? "1.0") !== "1.0") {
    throw domainError("IncompleteSignature");
  }
  return {
    accessKeyId,
    timestamp: required("Timestamp"),
    nonce: required("SignatureNonce"),
    verify: (secret) => sameSignature(rpcV1Signature(request.method, all, secret), signature),
  };
}
