"use server";

import { runConsoleAction } from "@/lib/server/console-action";
import { applyPrivilege } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function applyPrivilegeAction(input: OperationInput<typeof applyPrivilege>) {
  return runConsoleAction(applyPrivilege, input);
}
