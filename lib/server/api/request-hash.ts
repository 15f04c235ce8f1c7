import { createHash } from "node:crypto";

// Parameters of the signature, the envelope and the token itself: a retry legitimately changes them.
const NOT_BUSINESS = new Set([
  "AccessKeyId",
  "Action",
  "ClientToken",
  "Format",
  "SecurityToken",
  "Signature",
  "SignatureMethod",
  "SignatureNonce",
  "SignatureType",
  "SignatureVersion",
  "Timestamp",
  "Token",
  "Version",
]);

/** Identifies "the same request" for Token/ClientToken idempotency: a hash of the sorted business parameters. */
export function requestHash(params: ReadonlyMap<string, string>): string {
  const business = [...params.entries()]
    .filter(([key]) => !NOT_BUSINESS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(business)).digest("hex");
}
