"use server";

// The AccessKey page's actions: each runs one operation for the signed-in user, which only ever touches
// the caller's own keys. A new key's secret is an API credential: the password is typed again first, so
// a stolen session cookie cannot turn into lasting API access.
import {
  runConsoleAction,
  runConsoleActionWithPassword,
  type WithPassword,
} from "@/lib/server/console-action";
import { createAccessKey, deleteAccessKey, updateAccessKeyStatus } from "@/lib/server/access-keys";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function createAccessKeyAction(input: WithPassword<OperationInput<typeof createAccessKey>>) {
  return runConsoleActionWithPassword(createAccessKey, input);
}

export async function updateAccessKeyStatusAction(input: OperationInput<typeof updateAccessKeyStatus>) {
  return runConsoleAction(updateAccessKeyStatus, input);
}

export async function deleteAccessKeyAction(input: OperationInput<typeof deleteAccessKey>) {
  return runConsoleAction(deleteAccessKey, input);
}
