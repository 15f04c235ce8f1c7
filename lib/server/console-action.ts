import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "../../db/client";
import { type DomainError, isDomainError } from "../domain/errors";
import { getConsoleCaller } from "./auth/session";
import { newRequestId } from "./ids";
import { type Operation, runOperation } from "./operations/operation";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** The Alibaba error code, shown to the user for support. */
      code: string;
      /** What happened, in the user's language. */
      message: string;
      /** The form field it concerns, when one does. */
      field?: string;
    };

/**
 * What every console server action does: authenticate, run the one operation (which parses the
 * input and authorizes the caller itself), refresh the pages that show the change, and turn a
 * refusal into a translated message. Unexpected errors are logged, never shown raw.
 */
export async function runConsoleAction<I, O>(op: Operation<I, O>, input: unknown): Promise<ActionResult<O>> {
  const caller = await getConsoleCaller();
  if (!caller) return refusal("Unauthenticated", (await getTranslations("errors"))("Unauthenticated"));
  const requestId = newRequestId();
  try {
    const data = await runOperation(op, { db: getDb(), caller, requestId, now: new Date() }, input);
    // Every console page is dynamic; this drops the client router cache so lists show the change.
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    if (isDomainError(error)) return refusal(error.code, await explain(error), error.field);
    console.error(`[${requestId}] ${op.action} failed`, error);
    return refusal("InternalError", (await getTranslations("errors"))("InternalError", { requestId }));
  }
}

function refusal<T>(code: string, message: string, field?: string): ActionResult<T> {
  return field ? { ok: false, code, message, field } : { ok: false, code, message };
}

/** The catalog key's explanation when the console has one, else Alibaba's own message. */
export async function explain(error: DomainError): Promise<string> {
  const t = await getTranslations("errors");
  const id = errorMessageId(error.key);
  return t.has(id) ? t(id, { args: (error.args ?? []).join(", ") }) : error.message;
}

/** Catalog keys hold dots and '#', which message IDs cannot. */
export function errorMessageId(key: string): string {
  return `codes.${key.replace(/[.#]/g, "_")}`;
}
