// Every operator action, by name: the console, the operator API and the CLI dispatch through this table.
import { createAccessKeyFor } from "./access-keys";
import { createAccount, createRamUser, listAccounts, modifyAccount } from "./accounts";
import { createCircuit, enableCircuit, listCircuits, setCircuitQuota, terminateCircuit } from "./circuits";
import { createAccessPoint, createRegion, listRegions } from "./regions";
import { createUser, listUsers, modifyUser, resetUserPassword } from "./users";

export const OPERATOR_OPERATIONS = {
  CreateAccount: createAccount,
  ModifyAccount: modifyAccount,
  ListAccounts: listAccounts,
  CreateRamUser: createRamUser,
  CreateAccessKey: createAccessKeyFor,
  CreateUser: createUser,
  ResetUserPassword: resetUserPassword,
  ModifyUser: modifyUser,
  ListUsers: listUsers,
  CreateRegion: createRegion,
  CreateAccessPoint: createAccessPoint,
  ListRegions: listRegions,
  CreateCircuit: createCircuit,
  EnableCircuit: enableCircuit,
  TerminateCircuit: terminateCircuit,
  SetCircuitQuota: setCircuitQuota,
  ListCircuits: listCircuits,
} as const;

export type OperatorAction = keyof typeof OPERATOR_OPERATIONS;

export function isOperatorAction(name: string): name is OperatorAction {
  return Object.hasOwn(OPERATOR_OPERATIONS, name);
}

export type { OperatorCaller, OperatorContext } from "./operation";
export { runOperatorOperation } from "./operation";
