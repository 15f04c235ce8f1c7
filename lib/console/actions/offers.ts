"use server";

// The tenant's answer to an offer other than Accept: each runs one operation for the signed-in user.
import { runConsoleAction } from "@/lib/server/console-action";
import { declinePhysicalConnection } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function declineOfferAction(input: OperationInput<typeof declinePhysicalConnection>) {
  return runConsoleAction(declinePhysicalConnection, input);
}
