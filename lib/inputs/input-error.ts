import type { z } from "zod";
import { type DomainError, domainError, isErrorCode } from "../domain/errors";

/**
 * The refusal of input that fails its operation's schema: the first issue's catalog key (schemas report
 * one as their message when the API documents a code), else InvalidParameter, blaming the issue's field.
 * runOperation and the console's forms both answer with it, so a form refuses exactly as the server would.
 * A documented message that quotes the value ("The param of Bandwidth [%s] is illegal.") gets the value
 * when the schema was parsed with `reportInput`; the parameter messages get the field's name.
 */
export function inputError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || undefined;
  const key = issue?.message;
  if (isErrorCode(key)) {
    const quoted = key !== "MissingParameter" && key !== "InvalidParameter" && quotable(issue?.input);
    return domainError(key, { field, args: quoted ? [String(issue?.input)] : field ? [field] : [] });
  }
  return domainError("InvalidParameter", { field, args: [field ?? "input"] });
}

// Only a short scalar is echoed back; anything else keeps the field's name.
function quotable(input: unknown): boolean {
  return (typeof input === "number" || typeof input === "string") && String(input).length <= 64;
}
