// Which "errors" message explains a refusal: its catalog key's own (a variant says what to do in that
// situation), else its wire code's. Client-safe: it needs only the catalog and a lookup.
import { type ErrorCode, wireCode } from "../domain/errors";

/** Catalog keys hold dots and '#', which message IDs cannot. */
export function errorMessageId(key: string): string {
  return `codes.${key.replace(/[.#]/g, "_")}`;
}

/** The message ID for a catalog key, or null when neither it nor its wire code has a message. */
export function refusalMessageId(key: ErrorCode, has: (id: string) => boolean): string | null {
  for (const candidate of [key, wireCode(key)]) {
    const id = errorMessageId(candidate);
    if (has(id)) return id;
  }
  return null;
}

/**
 * Names a refusal message may interpolate besides {args}; every caller passes each one, the real name
 * where it knows it, else the generic noun from errors.names.
 */
export const REFUSAL_NAMES = ["partner"] as const;
export type RefusalNames = Partial<Record<(typeof REFUSAL_NAMES)[number], string>>;
