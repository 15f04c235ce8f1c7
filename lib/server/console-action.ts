import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "../console/action-result";
import { errorMessageId } from "../console/refusal-message";
import { type DomainError, isDomainError } from "../domain/errors";
import { consoleContext } from "./console-context";
import { type Operation, runOperation } from "./operations/operation";

/**
 * What every console server action does: authenticate, run the one operation (which parses the
 * input and authorizes the caller itself), refresh the pages that show the change, and turn a
 * refusal into a translated message. Unexpected errors are logged, never shown raw.
 */
export async function runConsoleAction<I, O, In>(
  op: Operation<I, O, In>,
  input: In,
): Promise<ActionResult<O>> {
  const ctx = await consoleContext();
  if (!ctx) return refusal("Unauthenticated", (await getTranslations("errors"))("Unauthenticated"));
  try {
    const data = await runOperation(op, ctx, input);
    // Every console page is dynamic; this drops the client router cache so lists show the change.
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    if (isDomainError(error)) return refusal(error.code, await explain(error), error.field);
    console.error(`[${ctx.requestId}] ${op.action} failed`, error);
    return refusal(
      "InternalError",
      (await getTranslations("errors"))("InternalError", { requestId: ctx.requestId }),
    );
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
