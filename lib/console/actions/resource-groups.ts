"use server";

// The Resource Management page's actions: the caller's own resource groups, and moving a shared port it
// offered between them (the API's MoveResourceGroup).
import { runConsoleAction } from "@/lib/server/console-action";
import { moveResourceGroup } from "@/lib/server/operations/move-resource-group";
import type { OperationInput } from "@/lib/server/operations/operation";
import { createResourceGroup, deleteResourceGroup, renameResourceGroup } from "@/lib/server/resource-groups";

export async function createResourceGroupAction(input: OperationInput<typeof createResourceGroup>) {
  return runConsoleAction(createResourceGroup, input);
}

export async function renameResourceGroupAction(input: OperationInput<typeof renameResourceGroup>) {
  return runConsoleAction(renameResourceGroup, input);
}

export async function deleteResourceGroupAction(input: OperationInput<typeof deleteResourceGroup>) {
  return runConsoleAction(deleteResourceGroup, input);
}

export async function moveResourceGroupAction(input: OperationInput<typeof moveResourceGroup>) {
  return runConsoleAction(moveResourceGroup, input);
}
