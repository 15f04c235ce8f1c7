import { eq } from "drizzle-orm";
import { z } from "zod";
import { accounts, privilegeApplications } from "../../../db/schema";
import { decidePrivilegeApplication, PRIVILEGE_QUOTA_ID } from "../../domain/privilege";
import { newPrivilegeApplicationId } from "../ids";
import { defineOperation } from "./operation";

const input = z.object({
  quotaId: z.literal(PRIVILEGE_QUOTA_ID),
  /** Quota Value: Valid activates the privilege for one day, Invalid deactivates it. */
  value: z.enum(["valid", "invalid"]),
  reason: z.string().trim().min(1).max(1000),
  notifyResult: z.boolean().default(false),
});

export type ApplyPrivilegeOutput = {
  applicationId: string;
  validFrom: string | null;
  validUntil: string | null;
};

/**
 * Console only, not an Alibaba API action: Quota Center "Apply" for "Shared port below 1G can be purchased"
 * (ec/can_buy_1G_vpconn). Partners only; approved at once. Returns the account's resulting window.
 */
export const applyPrivilege = defineOperation({
  action: "ApplyPrivilege",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<ApplyPrivilegeOutput> {
    const decision = decidePrivilegeApplication(
      {
        isPartner: account.isPartner,
        validFrom: account.privilegeValidFrom,
        validUntil: account.privilegeValidUntil,
      },
      q.value,
      ctx.now,
    );
    const applicationId = newPrivilegeApplicationId();
    await tx.insert(privilegeApplications).values({
      id: applicationId,
      accountUid: account.uid,
      quotaId: q.quotaId,
      value: q.value,
      validFrom: decision.application?.validFrom ?? null,
      validUntil: decision.application?.validUntil ?? null,
      reason: q.reason,
      notifyResult: q.notifyResult,
      status: "approved",
      createdAt: ctx.now,
    });
    await tx
      .update(accounts)
      .set({
        privilegeValidFrom: decision.account.validFrom,
        privilegeValidUntil: decision.account.validUntil,
      })
      .where(eq(accounts.uid, account.uid));
    return {
      applicationId,
      validFrom: decision.account.validFrom?.toISOString() ?? null,
      validUntil: decision.account.validUntil?.toISOString() ?? null,
    };
  },
  resource: (_q, output) => output && { type: "privilege_application", id: output.applicationId },
});
