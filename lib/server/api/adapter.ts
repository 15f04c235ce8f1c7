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
   * The action takes DryRun. A passing dry run answers 400 DryRunOperation, as the gateway does for every
   * action that takes it (docs/api.md: DryRun).
   */
  dryRun?: true;
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
