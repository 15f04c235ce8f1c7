import { domainError, isDomainError } from "../../domain/errors";
import { MONITORING_OPERATIONS } from "../monitoring/operations";
import { OPERATIONS } from "../operations";
import type { OperationContext } from "../operations/context";
import { type Operation, type RunOptions, runOperation } from "../operations/operation";
import type { AnyAdapter } from "./adapter";
import { requestHash } from "./request-hash";
import { buildInput, scalar, type WireInput, wireName } from "./wire-input";

export function operationOf(adapter: AnyAdapter): Operation<unknown, unknown> {
  const operation = Object.hasOwn(MONITORING_OPERATIONS, adapter.action)
    ? MONITORING_OPERATIONS[adapter.action as keyof typeof MONITORING_OPERATIONS]
    : OPERATIONS[adapter.action];
  return operation as unknown as Operation<unknown, unknown>;
}

/** Runs one API call through the console's operation; returns the response body without RequestId. */
export async function runAdapter(
  adapter: AnyAdapter,
  params: ReadonlyMap<string, string>,
  ctx: OperationContext,
): Promise<Record<string, unknown>> {
  const op = operationOf(adapter);
  const input = buildInput(adapter.fields, params);
  const options = runOptions(adapter, op, params, input);
  try {
    return adapter.respond(await runOperation(op, ctx, input, options));
  } catch (error) {
    throw inWireTerms(adapter, params, input, error);
  }
}

function runOptions(
  adapter: AnyAdapter,
  op: Operation<unknown, unknown>,
  params: ReadonlyMap<string, string>,
  input: WireInput,
) {
  const options: RunOptions = {};
  const dryRun = params.get("DryRun");
  if (adapter.dryRun && dryRun !== undefined) {
    const value = scalar(dryRun, "boolean");
    if (typeof value !== "boolean") throw invalidParameter("DryRun");
    options.dryRun = value;
  }
  const token = adapter.token && params.get(adapter.token);
  if (adapter.token && token && op.kind === "write") {
    if (!/^[\x20-\x7e]{1,64}$/.test(token)) throw invalidParameter(adapter.token);
    options.idempotency = { token, requestHash: requestHash(input) };
  }
  return options;
}

function invalidParameter(wire: string) {
  return domainError("InvalidParameter", { args: [wire], field: wire });
}

/**
 * An operation names a refused input by its camelCase path (op bodies use wire names, which start upper
 * case); the API names it as the caller sent it, and calls an absent one missing.
 */
function inWireTerms(
  adapter: AnyAdapter,
  params: ReadonlyMap<string, string>,
  input: WireInput,
  error: unknown,
): unknown {
  if (!isDomainError(error) || !error.field || !/^[a-z]/.test(error.field)) return error;
  const path = error.field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const wire = wireName(adapter.fields, path, params);
  const absent = path.length === 1 && input[error.field] === undefined;
  const key = error.key === "InvalidParameter" && absent ? "MissingParameter" : error.key;
  const args = error.args?.length === 1 && error.args[0] === error.field ? [wire] : error.args;
  return domainError(key, { field: wire, args });
}
