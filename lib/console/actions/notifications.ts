"use server";

// The notification centre's actions: the operation marks only the signed-in account's own notifications.
import { runConsoleAction } from "@/lib/server/console-action";
import { markNotificationsRead } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function markNotificationsReadAction(input: OperationInput<typeof markNotificationsRead>) {
  return runConsoleAction(markNotificationsRead, input);
}
