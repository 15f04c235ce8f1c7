"use server";

// The operator console's actions: each runs one operator operation for the signed-in operator.
import type { OperatorInput } from "@/lib/server/operator/operation";
import { OPERATOR_OPERATIONS as ops } from "@/lib/server/operator";
import { runOperatorAction } from "@/lib/server/operator-console";

export async function createAccountAction(input: OperatorInput<typeof ops.CreateAccount>) {
  return runOperatorAction(ops.CreateAccount, input);
}
export async function modifyAccountAction(input: OperatorInput<typeof ops.ModifyAccount>) {
  return runOperatorAction(ops.ModifyAccount, input);
}
export async function createRamUserAction(input: OperatorInput<typeof ops.CreateRamUser>) {
  return runOperatorAction(ops.CreateRamUser, input);
}
export async function createUserAction(input: OperatorInput<typeof ops.CreateUser>) {
  return runOperatorAction(ops.CreateUser, input);
}
export async function resetUserPasswordAction(input: OperatorInput<typeof ops.ResetUserPassword>) {
  return runOperatorAction(ops.ResetUserPassword, input);
}
export async function modifyUserAction(input: OperatorInput<typeof ops.ModifyUser>) {
  return runOperatorAction(ops.ModifyUser, input);
}
export async function createRegionAction(input: OperatorInput<typeof ops.CreateRegion>) {
  return runOperatorAction(ops.CreateRegion, input);
}
export async function createAccessPointAction(input: OperatorInput<typeof ops.CreateAccessPoint>) {
  return runOperatorAction(ops.CreateAccessPoint, input);
}
export async function createCircuitAction(input: OperatorInput<typeof ops.CreateCircuit>) {
  return runOperatorAction(ops.CreateCircuit, input);
}
export async function enableCircuitAction(input: OperatorInput<typeof ops.EnableCircuit>) {
  return runOperatorAction(ops.EnableCircuit, input);
}
export async function terminateCircuitAction(input: OperatorInput<typeof ops.TerminateCircuit>) {
  return runOperatorAction(ops.TerminateCircuit, input);
}
export async function setCircuitQuotaAction(input: OperatorInput<typeof ops.SetCircuitQuota>) {
  return runOperatorAction(ops.SetCircuitQuota, input);
}
