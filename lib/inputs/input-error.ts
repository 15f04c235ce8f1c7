import type { z } from "zod";
import { type DomainError, domainError, isErrorCode } from "../domain/errors";

/**
 * The refusal of input that fails its operation's schema: the first issue's catalog key (schemas report
 * one as their message when the API documents a code), else InvalidParameter, blaming the issue's field.
 * runOperation and the console's forms both answer with it, so a form refuses exactly as the server would.
 */
export function inputError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || undefined;
  const key = issue?.message;
  if (isErrorCode(key)) return domainError(key, { field, args: field ? [field] : [] });
  return domainError("InvalidParameter", { field, args: [field ?? "input"] });
}
