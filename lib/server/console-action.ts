import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "../console/action-result";
import { type RefusalNames, refusalMessage } from "../console/refusal-message";
import { type DomainError, isDomainError } from "../domain/errors";
import { confirmPassword } from "./auth/passwords";
import { consoleContext } from "./console-context";
import { type Operation, runOperation } from "./operations/operation";
import { logOnAddress, type PasswordCheck } from "./throttle";

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

/**
 * An action's input with the password typed again (runConsoleActionWithPassword). Index signatures are
 * dropped: an operation without input (`{}` in zod) would otherwise forbid every key.
 */
export type WithPassword<In> = { [K in keyof In as string extends K ? never : K]: In[K] } & {
  password: string;
};

/**
 * For actions that hand out credentials: the signed-in user types the password again (`password` in
 * the input, throttled like a log on), then the operation runs with the rest of the input as usual.
 */
export async function runConsoleActionWithPassword<I, O, In>(
  op: Operation<I, O, In>,
  input: WithPassword<In>,
): Promise<ActionResult<O>> {
  const ctx = await consoleContext();
  if (!ctx?.caller.userId) {
    return refusal("Unauthenticated", (await getTranslations("errors"))("Unauthenticated"));
  }
  // The input comes from the browser: anything at all.
  const { password, ...rest } = typeof input === "object" && input !== null ? input : { password: undefined };
  const address = logOnAddress(await headers());
  const check = await confirmPassword(ctx.db, ctx.caller.userId, password, address, { now: ctx.now });
  if (check.kind !== "ok") return passwordRefusal(check);
  return runConsoleAction(op, rest as unknown as In);
}

/** A password that was not accepted, in the user's words, blamed on the `field` input. */
export async function passwordRefusal<T>(
  check: Exclude<PasswordCheck, { kind: "ok" }>,
  field = "password",
): Promise<ActionResult<T>> {
  if (check.kind === "throttled") {
    const t = await getTranslations("login");
    return refusal("LogOnThrottled", t("throttled", { minutes: check.retryAfterMinutes }), field);
  }
  return refusal("IncorrectPassword", (await getTranslations("errors"))("incorrectPassword"), field);
}

function refusal<T>(code: string, message: string, field?: string): ActionResult<T> {
  return field ? { ok: false, code, message, field } : { ok: false, code, message };
}

/** The refusal in the user's words (lib/console/refusal-message.ts), naming the partner when the caller knows it. */
export async function explain(error: DomainError, names: RefusalNames = {}): Promise<string> {
  return refusalMessage(await getTranslations("errors"), error, names);
}
