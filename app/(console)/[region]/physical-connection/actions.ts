"use server";

// Thin server actions: each runs one operation for the signed-in user. The operation parses the
// input and checks that the caller may act on every ID in it.
import { runConsoleAction } from "@/lib/server/console-action";
import { createVirtualPhysicalConnection } from "@/lib/server/operations/create-virtual-physical-connection";

export async function createSharedPortAction(input: unknown) {
  return runConsoleAction(createVirtualPhysicalConnection, input);
}
