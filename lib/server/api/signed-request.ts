import { timingSafeEqual } from "node:crypto";

/** What either signature scheme yields before the secret is known. */
export type SignedRequest = {
  accessKeyId: string;
  /** x-acs-date (ACS3) or Timestamp (RPC v1), still unparsed. */
  timestamp: string;
  nonce: string;
  verify: (secret: string) => boolean;
};

export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
