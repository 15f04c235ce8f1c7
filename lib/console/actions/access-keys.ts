"use server";

// The AccessKey page's actions: each runs one operation for the signed-in user, which only ever touches
// the caller's own keys.
import { runConsoleAction } from "@/lib/server/console-action";
import { createAccessKey, deleteAccessKey, updateAccessKeyStatus } from "@/lib/server/access-keys";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function createAccessKeyAction(input: OperationInput<typeof createAccessKey>) {
  return runConsoleAction(createAccessKey, input);
}

export async function updateAccessKeyStatusAction(input: OperationInput<typeof updateAccessKeyStatus>) {
  return runConsoleAction(updateAccessKeyStatus, input);
}

export async function deleteAccessKeyAction(input: OperationInput<typeof deleteAccessKey>) {
  return runConsoleAction(deleteAccessKey, input);
}
