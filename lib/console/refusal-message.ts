// A refusal in the user's words, from the "errors" messages: its catalog key's own message (a variant says
// what to do in that situation), else its wire code's. The server explains refusals with it, and a form
// checking its input before it sends it does too. Client-safe.
import { type DomainError, type ErrorCode, wireCode } from "../domain/errors";

/** The "errors" messages, as next-intl's useTranslations("errors") and getTranslations("errors") give them. */
type ErrorMessages = {
  (id: string, values?: Record<string, string>): string;
  has(id: string): boolean;
};

/**
 * Names a refusal message may interpolate besides {args}; every caller passes each one, the real name
 * where it knows it, else the generic noun from errors.names.
 */
export const REFUSAL_NAMES = ["partner"] as const;
export type RefusalNames = Partial<Record<(typeof REFUSAL_NAMES)[number], string>>;

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

/** The refusal explained, naming the partner when the caller knows it; Alibaba's message only if none. */
export function refusalMessage(t: ErrorMessages, error: DomainError, names: RefusalNames = {}): string {
  const id = refusalMessageId(error.key, (candidate) => t.has(candidate));
  if (id === null) return error.message;
  const values: Record<string, string> = { args: (error.args ?? []).join(", ") };
  for (const name of REFUSAL_NAMES) values[name] = names[name] ?? t(`names.${name}`);
  return t(id, values);
}
