// ACS3-HMAC-SHA256, the official SDKs' default signature (docs/api.md, The protocol).
import { createHash, createHmac } from "node:crypto";
import { domainError } from "../../domain/errors";
import type { RequestParams } from "./params";
import { percentEncode } from "./percent-encode";
import type { RpcRequest } from "./request";
import { type SignedRequest, sameSignature } from "./signed-request";

export const ACS3_ALGORITHM = "ACS3-HMAC-SHA256";

// Unsigned, these would let a captured request be replayed, or pointed at another action or body.
// content-type decides whether the body's bytes are parameters, so it is signed whenever it is sent.
const MUST_SIGN = ["x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce"];
const MUST_SIGN_WHEN_SENT = ["x-acs-action", "x-acs-version", "content-type"];

type Authorization = { accessKeyId: string; signedHeaders: string[]; signature: string };

export function parseAcs3Authorization(header: string): Authorization {
  const prefix = `${ACS3_ALGORITHM} `;
  if (!header.startsWith(prefix)) throw domainError("IncompleteSignature");
  const fields = new Map(
    header
      .slice(prefix.length)
      .split(",")
      .map((part) => {
        const eq = part.indexOf("=");
        return [part.slice(0, eq).trim(), part.slice(eq + 1).trim()] as const;
      }),
  );
  const accessKeyId = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders")?.split(";");
  const signature = fields.get("Signature");
  if (!accessKeyId || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    throw domainError("IncompleteSignature");
  }
  return { accessKeyId, signedHeaders, signature };
}

export function hashPayload(body: Buffer): string {
  return createHash("sha256").update(body).digest("hex");
}

/**
 * The canonical URI is always "/": the SDK signs its own pathname, not the path we are mounted at.
 * Keys are percent-encoded like values (as Alibaba's Java signer does; the Node SDK's keys never need
 * it), or `?A%3D1%26B=2` would canonicalize exactly like `?A=1&B=2`.
 */
export function acs3CanonicalRequest(
  method: string,
  query: ReadonlyMap<string, string>,
  headers: RpcRequest["headers"],
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  const canonicalQuery = [...query.keys()]
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(query.get(key) ?? "")}`)
    .join("&");
  // Own headers only: SignedHeaders is the client's text, and "constructor" must not find Object's.
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${((Object.hasOwn(headers, name) && headers[name]) || "").trim()}\n`)
    .join("");
  return [method, "/", canonicalQuery, canonicalHeaders, signedHeaders.join(";"), payloadHash].join("\n");
}

export function acs3Signature(secret: string, canonicalRequest: string): string {
  const stringToSign = `${ACS3_ALGORITHM}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  return createHmac("sha256", secret).update(stringToSign).digest("hex");
}

export function readAcs3Request(request: RpcRequest, params: RequestParams, header: string): SignedRequest {
  const auth = parseAcs3Authorization(header);
  const signed = new Set(auth.signedHeaders);
  const unsigned =
    MUST_SIGN.some((name) => !signed.has(name) || !request.headers[name]) ||
    MUST_SIGN_WHEN_SENT.some((name) => request.headers[name] !== undefined && !signed.has(name));
  if (unsigned) throw domainError("IncompleteSignature");
  const payloadHash = hashPayload(request.body);
  return {
    accessKeyId: auth.accessKeyId,
    timestamp: request.headers["x-acs-date"] ?? "",
    nonce: request.headers["x-acs-signature-nonce"] ?? "",
    verify: (secret) =>
      request.headers["x-acs-content-sha256"] === payloadHash &&
      sameSignature(
        acs3Signature(
          secret,
          acs3CanonicalRequest(
            request.method,
            params.query,
            request.headers,
            auth.signedHeaders,
            payloadHash,
          ),
        ),
        auth.signature,
      ),
  };
}
