"use server";

// Thin server actions for the AccessKey page: each runs one operation for the signed-in user, which only
// ever touches the caller's own keys.
import { createAccessKey, deleteAccessKey, updateAccessKeyStatus } from "@/lib/server/access-keys";
import { runConsoleAction } from "@/lib/server/console-action";

export async function createAccessKeyAction(input: unknown) {
  return runConsoleAction(createAccessKey, input);
}

export async function updateAccessKeyStatusAction(input: unknown) {
  return runConsoleAction(updateAccessKeyStatus, input);
}

export async function deleteAccessKeyAction(input: unknown) {
  return runConsoleAction(deleteAccessKey, input);
}
