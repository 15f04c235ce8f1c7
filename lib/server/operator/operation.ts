// The operator's operations: the same shape as lib/server/operations (zod, the caller checked, one
// transaction, an audit event), for a caller who is a platform operator rather than an account. The
// console (/operator), the operator API (/api/operator) and the CLI (`npm run admin`) all run them here.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { auditEvents, users } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import { type DomainError, domainError, isDomainError } from "../../domain/errors";
import { inputError } from "../../inputs/input-error";

/** A signed-in operator (console or API), or the CLI, which holds the database itself. */
export type OperatorCaller = { via: "console" | "api"; operatorUserId: string } | { via: "cli" };

export type OperatorContext = { db: Db; caller: OperatorCaller; requestId: string; now: Date };

export type OperatorScope = { tx: Tx; ctx: OperatorContext };

export type OperatorOperation<I, O, In = unknown> = {
  action: string;
  kind: "read" | "write";
  input: z.ZodType<I, In>;
  run: (scope: OperatorScope, input: I) => Promise<O>;
  resource?: (input: I, output: O | undefined) => { type: string; id: string } | undefined;
};

export function defineOperatorOperation<I, O, In>(
  op: OperatorOperation<I, O, In>,
): OperatorOperation<I, O, In> {
  return op;
}

export type OperatorInput<Op> = Op extends OperatorOperation<infer _I, infer _O, infer In> ? In : never;

export async function runOperatorOperation<I, O>(
  op: OperatorOperation<I, O>,
  ctx: OperatorContext,
  rawInput: unknown,
): Promise<O> {
  const parsed = op.input.safeParse(rawInput, { reportInput: true });
  if (!parsed.success) {
    const error = inputError(parsed.error);
    if (op.kind === "write") await recordRefusal(op, ctx, undefined, error);
    throw error;
  }
  const input = parsed.data;
  try {
    return await withTransaction(ctx.db, op.kind, async (tx) => {
      await checkOperator(tx, ctx.caller);
      const output = await op.run({ tx, ctx }, input);
      if (op.kind === "write") {
        await tx
          .insert(auditEvents)
          .values(operatorAuditRow(op.action, ctx, op.resource?.(input, output), "Success"));
      }
      return output;
    });
  } catch (error) {
    if (op.kind === "write" && isDomainError(error)) await recordRefusal(op, ctx, input, error);
    throw error;
  }
}

/** The session or key named an operator: that user must still be an operator, and not disabled. */
async function checkOperator(tx: Tx, caller: OperatorCaller): Promise<void> {
  if (caller.via === "cli") return;
  const user = await first(tx.select().from(users).where(eq(users.id, caller.operatorUserId)));
  if (!user?.operator || user.disabledAt) throw domainError("Forbidden");
}

function operatorAuditRow(
  action: string,
  ctx: OperatorContext,
  resource: { type: string; id: string } | undefined,
  result: string,
) {
  return {
    at: ctx.now,
    actorUid: null,
    actorUserId: ctx.caller.via === "cli" ? null : ctx.caller.operatorUserId,
    accessKeyId: null,
    via: ctx.caller.via === "cli" ? ("system" as const) : ctx.caller.via,
    action: `Operator.${action}`,
    resourceType: resource?.type ?? null,
    resourceId: resource?.id ?? null,
    result,
    requestId: ctx.requestId,
    details: { operator: true },
  };
}

async function recordRefusal<I, O>(
  op: OperatorOperation<I, O>,
  ctx: OperatorContext,
  input: I | undefined,
  error: DomainError,
): Promise<void> {
  await withTransaction(ctx.db, "write", async (tx) => {
    const resource = input === undefined ? undefined : op.resource?.(input, undefined);
    await tx.insert(auditEvents).values(operatorAuditRow(op.action, ctx, resource, error.code));
  });
}
