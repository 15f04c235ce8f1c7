import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "../../db/client";
import { type DomainError, isDomainError } from "../domain/errors";
import { REFUSAL_NAMES, type RefusalNames, refusalMessageId } from "../i18n/error-messages";
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
    const data = runOperation(op, { db: getDb(), caller, requestId, now: new Date() }, input);
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

/**
 * The refusal in the user's words: its catalog key's message, else its wire code's (a unit test keeps every
 * key covered in both languages), naming the partner when the caller knows it.
 */
export async function explain(error: DomainError, names: RefusalNames = {}): Promise<string> {
  const t = await getTranslations("errors");
  const id = refusalMessageId(error.key, (candidate) => t.has(candidate));
  if (id === null) return error.message;
  const values: Record<string, string> = { args: (error.args ?? []).join(", ") };
  for (const name of REFUSAL_NAMES) values[name] = names[name] ?? t(`names.${name}`);
  return t(id, values);
}
