import { eq } from "drizzle-orm";
import { z } from "zod";
import { accounts } from "../../../db/schema";
import { defineOperation } from "./operation";

const input = z.object({ enabled: z.boolean() });

/**
 * Console only, not an Alibaba API action: the account's "outbound data transfer billing" switch. A
 * partner may transform the account's legacy VBRs to shared ports only while it is on
 * (lib/domain/transform.ts); the outbound data transfer of its shared ports is billed either way.
 */
export const modifyOutboundTransferBilling = defineOperation({
  action: "ModifyOutboundTransferBilling",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<{ accountUid: string; enabled: boolean }> {
    await tx.update(accounts).set({ trafficBillingEnabled: q.enabled }).where(eq(accounts.uid, account.uid));
    return { accountUid: account.uid, enabled: q.enabled };
  },
  resource: (_q, output) => output && { type: "account", id: output.accountUid },
});
