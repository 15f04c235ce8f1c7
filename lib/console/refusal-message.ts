// A refusal in the user's words, from the "errors" messages: used where the server cannot answer first,
// as a form checking its input before it sends it. Client-safe.
import type { DomainError } from "../domain/errors";

/** The "errors" messages, as next-intl's useTranslations("errors") and getTranslations("errors") give them. */
type ErrorMessages = {
  (id: string, values?: Record<string, string>): string;
  has(id: string): boolean;
};

/** Catalog keys hold dots and '#', which message IDs cannot. */
export function errorMessageId(key: string): string {
  return `codes.${key.replace(/[.#]/g, "_")}`;
}

/** The catalog key's explanation when the console has one, else Alibaba's own message. */
export function refusalMessage(t: ErrorMessages, error: DomainError): string {
  const id = errorMessageId(error.key);
  return t.has(id) ? t(id, { args: (error.args ?? []).join(", ") }) : error.message;
}
