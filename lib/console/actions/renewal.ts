"use server";

// Renewing shared ports: the payer buys the next period, or switches auto-renewal. The operations let only
// the payer of each port do either.
import { runConsoleAction } from "@/lib/server/console-action";
import { renewHostedConnection, setHostedConnectionAutoRenew } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function renewSharedPortAction(input: OperationInput<typeof renewHostedConnection>) {
  return runConsoleAction(renewHostedConnection, input);
}

export async function setAutoRenewAction(input: OperationInput<typeof setHostedConnectionAutoRenew>) {
  return runConsoleAction(setHostedConnectionAutoRenew, input);
}
