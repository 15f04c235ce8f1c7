import { createHash } from "node:crypto";
import type { WireInput } from "./wire-input";

/**
 * Identifies "the same request" for Token/ClientToken idempotency: a hash of the operation input the
 * parameters make. Signature, envelope and token parameters are not part of it, and neither are the
 * documented parameters the console ignores (OwnerId, ...): a retry may add or change them freely.
 */
export function requestHash(input: WireInput): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}
