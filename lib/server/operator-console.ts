import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getDatabase } from "../../db/client";
import type { ActionResult } from "../console/action-result";
import { isDomainError } from "../domain/errors";
import { getOperatorUserId } from "./auth/session";
import { now } from "./clock";
import { explain } from "./console-action";
import { newRequestId } from "./ids";
import { type OperatorContext, type OperatorOperation, runOperatorOperation } from "./operator/operation";

/** The signed-in operator's context, or null; cached per request like the console's. */
export const operatorContext = cache(async (): Promise<OperatorContext | null> => {
  const operatorUserId = await getOperatorUserId();
  if (!operatorUserId) return null;
  return {
    db: await getDatabase(),
    caller: { via: "console", operatorUserId },
    requestId: newRequestId(),
    now: now(),
  };
});

/** For operator pages: the context, or a redirect to /login that comes back to `callbackUrl`. */
export async function operatorPageContext(callbackUrl: string): Promise<OperatorContext> {
  const ctx = await operatorContext();
  if (!ctx) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return ctx;
}

/** An operator page's read: the operation run for the signed-in operator. */
export async function operatorRead<I, O, In>(
  op: OperatorOperation<I, O, In>,
  input: In,
  path: string,
): Promise<O> {
  return runOperatorOperation(op, await operatorPageContext(path), input);
}

/** runConsoleAction's twin for the operator's server actions. */
export async function runOperatorAction<I, O, In>(
  op: OperatorOperation<I, O, In>,
  input: In,
): Promise<ActionResult<O>> {
  const ctx = await operatorContext();
  const te = await getTranslations("errors");
  if (!ctx) return { ok: false, code: "Unauthenticated", message: te("Unauthenticated") };
  try {
    const data = await runOperatorOperation(op, ctx, input);
    revalidatePath("/operator", "layout");
    return { ok: true, data };
  } catch (error) {
    if (isDomainError(error)) {
      const refusal = { ok: false as const, code: error.code, message: await explain(error) };
      return error.field ? { ...refusal, field: error.field } : refusal;
    }
    console.error(`[${ctx.requestId}] Operator.${op.action} failed`, error);
    return { ok: false, code: "InternalError", message: te("InternalError", { requestId: ctx.requestId }) };
  }
}
