"use server";

import { runConsoleAction } from "@/lib/server/console-action";
import { payOrder } from "@/lib/server/operations/pay-order";

// The operation pays only the caller's own unpaid orders.
export async function payOrderAction(input: unknown) {
  return runConsoleAction(payOrder, input);
}
