import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { auditEvents, idempotencyTokens } from "../../../db/schema";
import { type DomainError, domainError, isDomainError } from "../../domain/errors";
import { inputError } from "../../inputs/input-error";
import type { OperationContext, Scope, Tx } from "./context";
import { loadCallerAccount } from "./loaders";
import { settleDue } from "./settle";

/** `In` is what callers may pass (the schema's input), `I` what the body receives once parsed. */
export type Operation<I, O, In = unknown> = {
  /** The Express Connect API action, e.g. "DescribePhysicalConnections". */
  action: string;
  kind: "read" | "write";
  input: z.ZodType<I, In>;
  run: (scope: Scope, input: I) => O;
  /** The resource a write concerns, for the audit trail. */
  resource?: (input: I, output: O | undefined) => { type: string; id: string } | undefined;
};

export function defineOperation<I, O, In>(op: Operation<I, O, In>): Operation<I, O, In> {
  return op;
}

/** The input a caller passes an operation, typed from its zod schema: what a server action accepts. */
export type OperationInput<Op> = Op extends Operation<infer _I, infer _O, infer In> ? In : never;

export type RunOptions = {
  /** Run every check and the writes, then roll back: the API's DryRun. */
  dryRun?: boolean;
  /** The API's Token/ClientToken: the same token and request replay the first result. */
  idempotency?: { token: string; requestHash: string };
};

/** Thrown inside the transaction to roll a dry run back; never escapes runOperation. */
class DryRunRollback extends Error {}

/**
 * The one way to run an operation: parse the input, load and check the caller, run the body in one
 * transaction, and record writes in the audit trail (success inside the transaction, refusals after
 * the rollback). Throws DomainError for every refusal. A dry run that passes throws DryRunOperation.
 */
export function runOperation<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  rawInput: unknown,
  options: RunOptions = {},
): O {
  const parsed = op.input.safeParse(rawInput);
  if (!parsed.success) {
    const error = inputError(parsed.error);
    if (op.kind === "write" && !options.dryRun) recordRefusal(op, ctx, undefined, error);
    throw error;
  }
  const input = parsed.data;
  try {
    return ctx.db.transaction(
      (tx) => {
        settleDue(tx, ctx.now);
        const account = loadCallerAccount(tx, ctx.caller);
        const replay = options.idempotency && findReplay(tx, ctx, op.action, options.idempotency);
        if (replay) return replay.response as O;
        const output = op.run({ tx, account, ctx }, input);
        if (options.dryRun) throw new DryRunRollback();
        if (op.kind === "write") {
          tx.insert(auditEvents)
            .values(auditRow(op, ctx, input, output, "Success"))
            .run();
          if (options.idempotency) {
            tx.insert(idempotencyTokens)
              .values({
                accountUid: ctx.caller.accountUid,
                action: op.action,
                token: options.idempotency.token,
                requestHash: options.idempotency.requestHash,
                response: output as object,
                createdAt: ctx.now,
              })
              .run();
          }
        }
        return output;
      },
      // IMMEDIATE takes the write lock up front, so checks and writes see one consistent circuit.
      { behavior: op.kind === "write" ? "immediate" : "deferred" },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) throw domainError("DryRunOperation");
    if (op.kind === "write" && !options.dryRun && isDomainError(error)) recordRefusal(op, ctx, input, error);
    throw error;
  }
}

function findReplay(
  tx: Tx,
  ctx: OperationContext,
  action: string,
  idempotency: NonNullable<RunOptions["idempotency"]>,
) {
  const previous = tx
    .select()
    .from(idempotencyTokens)
    .where(
      and(
        eq(idempotencyTokens.accountUid, ctx.caller.accountUid),
        eq(idempotencyTokens.action, action),
        eq(idempotencyTokens.token, idempotency.token),
      ),
    )
    .get();
  if (!previous) return undefined;
  if (previous.requestHash !== idempotency.requestHash) throw domainError("IdempotentParameterMismatch");
  return previous;
}

function auditRow<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  input: I | undefined,
  output: O | undefined,
  result: string,
) {
  const resource = input === undefined ? undefined : op.resource?.(input, output);
  return {
    at: ctx.now,
    actorUid: ctx.caller.accountUid,
    actorUserId: ctx.caller.userId ?? null,
    accessKeyId: ctx.caller.accessKeyId ?? null,
    via: ctx.caller.via,
    action: op.action,
    resourceType: resource?.type ?? null,
    resourceId: resource?.id ?? null,
    result,
    requestId: ctx.requestId,
  };
}

function recordRefusal<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  input: I | undefined,
  error: DomainError,
) {
  ctx.db
    .insert(auditEvents)
    .values(auditRow(op, ctx, input, undefined, error.code))
    .run();
}
