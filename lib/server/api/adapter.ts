import type { Action, OPERATIONS } from "../operations";
import type { Field } from "./wire-input";

type OutputOf<A extends Action> = Awaited<ReturnType<(typeof OPERATIONS)[A]["run"]>>;

/** One API action: how its wire parameters become its operation's input, and the output the documented body. */
export type Adapter<A extends Action> = {
  action: A;
  fields: readonly Field[];
  /** The wire name of the action's idempotency token. */
  token?: "Token" | "ClientToken";
  /**
   * Actions that take DryRun. "error": a passing dry run answers 400 DryRunOperation (docs/api.md);
   * "requestId": it answers 200 with only the RequestId, as these actions' docs say.
   */
  dryRun?: "error" | "requestId";
  /** The response body without RequestId, which the handler adds. */
  respond: (output: OutputOf<A>) => Record<string, unknown>;
};

export type AnyAdapter = Omit<Adapter<Action>, "respond"> & {
  respond: (output: unknown) => Record<string, unknown>;
};

export function defineAdapter<A extends Action>(adapter: Adapter<A>): AnyAdapter {
  return adapter as unknown as AnyAdapter;
}

export const regionId: Field = { wire: "RegionId", key: "regionId" };

export const noBody = () => ({});
