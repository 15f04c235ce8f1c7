export * from "./access-keys";
export * from "./billing";
export * from "./capacity";
export * from "./enums";
export * from "./errors";
export type {
  ConsoleStatus,
  ConstructionProcess,
  HostedConnectionAction,
  HostedConnectionPatch,
  HostedConnectionState,
  HostedConnectionTransition,
} from "./hosted-connection-state";
// Both state modules name their events after the API actions (terminate, recover, remove, settle, …),
// so they are exported as namespaces; the non-clashing helpers are also exported flat.
export * as hostedConnectionState from "./hosted-connection-state";
export {
  CONSOLE_STATUSES,
  consoleStatus,
  constructionProcess,
  HOSTED_CONNECTION_ACTIONS,
  initialState,
  isExpired,
  REMOVABLE_STATUSES,
} from "./hosted-connection-state";
export * from "./privilege";
export * from "./tenant-eligibility";
export * from "./transform";
export * from "./transition";
export * from "./validators";
export * from "./vbr-attributes";
export type { VbrAction, VbrPatch, VbrState, VbrTransition } from "./vbr-state";
export * as vbrState from "./vbr-state";
export {
  assertInheritedVlan,
  createOnHostedConnection,
  DELETABLE_VBR_STATUSES,
  VBR_ACTIONS,
} from "./vbr-state";
export * from "./vlan";
