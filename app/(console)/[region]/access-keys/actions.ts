"use server";

// Thin server actions for the AccessKey page: each runs one operation for the signed-in user, which only
// ever touches the caller's own keys. A new key's secret is an API credential: the password is asked
// again first, so a stolen session cookie cannot turn into lasting API access.
import { createAccessKey, deleteAccessKey, updateAccessKeyStatus } from "@/lib/server/access-keys";
import { runConsoleAction, runConsoleActionWithPassword } from "@/lib/server/console-action";

export async function createAccessKeyAction(input: unknown) {
  return runConsoleActionWithPassword(createAccessKey, input);
}

export async function updateAccessKeyStatusAction(input: unknown) {
  return runConsoleAction(updateAccessKeyStatus, input);
}

export async function deleteAccessKeyAction(input: unknown) {
  return runConsoleAction(deleteAccessKey, input);
}
