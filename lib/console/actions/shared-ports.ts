"use server";

// The console's shared-port actions, for partners and tenants alike: each runs one operation for the
// signed-in user, which parses the input and checks that the caller may act on every ID in it.
import { runConsoleAction } from "@/lib/server/console-action";
import {
  cancelSpecChange,
  confirmPhysicalConnection,
  createVirtualPhysicalConnection,
  createVpconnFromVbr,
  deletePhysicalConnection,
  recoverPhysicalConnection,
  terminatePhysicalConnection,
  updateVirtualPhysicalConnection,
} from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function createSharedPortAction(input: OperationInput<typeof createVirtualPhysicalConnection>) {
  return runConsoleAction(createVirtualPhysicalConnection, input);
}

export async function modifySharedPortAction(input: OperationInput<typeof updateVirtualPhysicalConnection>) {
  return runConsoleAction(updateVirtualPhysicalConnection, input);
}

export async function transformToSharedPortAction(input: OperationInput<typeof createVpconnFromVbr>) {
  return runConsoleAction(createVpconnFromVbr, input);
}

export async function acceptSharedPortAction(input: OperationInput<typeof confirmPhysicalConnection>) {
  return runConsoleAction(confirmPhysicalConnection, input);
}

export async function terminateSharedPortAction(input: OperationInput<typeof terminatePhysicalConnection>) {
  return runConsoleAction(terminatePhysicalConnection, input);
}

export async function recoverSharedPortAction(input: OperationInput<typeof recoverPhysicalConnection>) {
  return runConsoleAction(recoverPhysicalConnection, input);
}

export async function cancelSpecChangeAction(input: OperationInput<typeof cancelSpecChange>) {
  return runConsoleAction(cancelSpecChange, input);
}

export async function deleteSharedPortAction(input: OperationInput<typeof deletePhysicalConnection>) {
  return runConsoleAction(deletePhysicalConnection, input);
}
