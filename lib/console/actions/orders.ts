"use server";

// Paying for shared ports: the payer buys a port's usage period, or pays an order it left unpaid. The
// operations charge only the caller's own ports and orders.
import { runConsoleAction } from "@/lib/server/console-action";
import { createPhysicalConnectionOccupancyOrder, payOrder } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function buySharedPortAction(
  input: OperationInput<typeof createPhysicalConnectionOccupancyOrder>,
) {
  return runConsoleAction(createPhysicalConnectionOccupancyOrder, input);
}

export async function payOrderAction(input: OperationInput<typeof payOrder>) {
  return runConsoleAction(payOrder, input);
}
