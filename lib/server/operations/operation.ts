import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { first } from "../../../db/rows";
import { auditEvents, idempotencyTokens } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { type DomainError, domainError, isDomainError } from "../../domain/errors";
import { inputError } from "../../inputs/input-error";
import { auditRow } from "./audit";
import type { OperationContext, Scope, Tx } from "./context";
import { beginDryRun, completeDryRun } from "./dry-runs";
import { loadCallerAccount } from "./loaders";
import { lockName } from "./locks";
import { settleDue } from "./settle";
import { checkRamCaller } from "./ram";
import { auditScopeOf, maySee } from "./visibility";

/** `In` is what callers may pass (the schema's input), `I` what the body receives once parsed. */
export type Operation<I, O, In = unknown> = {
  /** The Express Connect API action, e.g. "DescribePhysicalConnections". */
  action: string;
  kind: "read" | "write";
  input: z.ZodType<I, In>;
  run: (scope: Scope, input: I) => Promise<O>;
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
 * the rollback). Rejects with DomainError for every refusal. A dry run that passes rejects with
 * DryRunOperation; every dry run, passed or refused, is recorded in the caller's own log and counted.
 */
export async function runOperation<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  rawInput: unknown,
  options: RunOptions = {},
): Promise<O> {
  if (!options.dryRun) return execute(op, ctx, rawInput, options);
  const entry = await beginDryRun(ctx, op.action);
  try {
    const replayed = await execute(op, ctx, rawInput, options);
    await completeDryRun(ctx, entry, "Success");
    return replayed;
  } catch (error) {
    await completeDryRun(ctx, entry, isDomainError(error) ? error.code : "InternalError");
    throw error;
  }
}

async function execute<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  rawInput: unknown,
  options: RunOptions,
): Promise<O> {
  const parsed = op.input.safeParse(rawInput, { reportInput: true });
  if (!parsed.success) {
    const error = inputError(parsed.error);
    if (op.kind === "write" && !options.dryRun) await recordRefusal(op, ctx, undefined, error);
    throw error;
  }
  const input = parsed.data;
  try {
    // "write" takes the write lock up front, so checks and writes see one consistent circuit.
    return await withTransaction(ctx.db, op.kind, async (tx) => {
      await settleDue(tx, ctx.now);
      const account = await loadCallerAccount(tx, ctx.caller);
      await checkRamCaller(tx, ctx.caller, account, op.kind);
      const replay = options.idempotency && (await findReplay(tx, ctx, op.action, options.idempotency));
      if (replay) return replay.response as O;
      const output = await op.run({ tx, account, ctx }, input);
      if (options.dryRun) throw new DryRunRollback();
      if (op.kind === "write") {
        const resource = op.resource?.(input, output);
        const scope = resource && (await auditScopeOf(tx, resource));
        await tx.insert(auditEvents).values(auditRow(op.action, ctx, resource, "Success", scope));
        if (options.idempotency) {
          await tx.insert(idempotencyTokens).values({
            accountUid: ctx.caller.accountUid,
            action: op.action,
            token: options.idempotency.token,
            requestHash: options.idempotency.requestHash,
            response: output as object,
            createdAt: ctx.now,
          });
        }
      }
      return output;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) throw domainError("DryRunOperation");
    if (op.kind === "write" && !options.dryRun && isDomainError(error)) {
      await recordRefusal(op, ctx, input, error);
    }
    throw error;
  }
}

async function findReplay(
  tx: Tx,
  ctx: OperationContext,
  action: string,
  idempotency: NonNullable<RunOptions["idempotency"]>,
) {
  // A retry sent while the first call still runs waits for it here, then replays its committed answer
  // (on PostgreSQL; on SQLite the write lock already orders them) instead of failing on the token's key.
  await lockName(tx, `idempotency:${ctx.caller.accountUid}:${action}:${idempotency.token}`);
  const previous = await first(
    tx
      .select()
      .from(idempotencyTokens)
      .where(
        and(
          eq(idempotencyTokens.accountUid, ctx.caller.accountUid),
          eq(idempotencyTokens.action, action),
          eq(idempotencyTokens.token, idempotency.token),
        ),
      ),
  );
  if (!previous) return undefined;
  if (previous.requestHash !== idempotency.requestHash) throw domainError("IdempotentParameterMismatch");
  return previous;
}

/**
 * On the resource the input names only when the caller may see it: anyone can type another tenant's
 * resource ID, and must not fill that tenant's log. Otherwise in the caller's own log, without it.
 */
async function recordRefusal<I, O>(
  op: Operation<I, O>,
  ctx: OperationContext,
  input: I | undefined,
  error: DomainError,
): Promise<void> {
  await withTransaction(ctx.db, "write", async (tx) => {
    const named = input === undefined ? undefined : op.resource?.(input, undefined);
    const resource = named && (await maySee(tx, ctx.caller.accountUid, named)) ? named : undefined;
    const scope = resource && (await auditScopeOf(tx, resource));
    await tx.insert(auditEvents).values(auditRow(op.action, ctx, resource, error.code, scope));
  });
}
