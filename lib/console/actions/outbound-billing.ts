"use server";

import { runConsoleAction } from "@/lib/server/console-action";
import { modifyOutboundTransferBilling } from "@/lib/server/operations/modify-outbound-transfer-billing";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function modifyOutboundTransferBillingAction(
  input: OperationInput<typeof modifyOutboundTransferBilling>,
) {
  return runConsoleAction(modifyOutboundTransferBilling, input);
}
