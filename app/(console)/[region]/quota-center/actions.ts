"use server";

import { runConsoleAction } from "@/lib/server/console-action";
import { applyPrivilege } from "@/lib/server/operations";

export async function applyPrivilegeAction(input: unknown) {
  return runConsoleAction(applyPrivilege, input);
}
