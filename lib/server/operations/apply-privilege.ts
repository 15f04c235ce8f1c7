import { eq } from "drizzle-orm";
import { accounts, privilegeApplications } from "../../../db/schema";
import { decidePrivilegeApplication } from "../../domain/privilege";
import { unwrap } from "../../domain/verdict";
import { applyPrivilegeInput } from "../../inputs/privileges";
import { newPrivilegeApplicationId } from "../ids";
import { notify } from "../notifications/notify";
import { defineOperation } from "./operation";

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
  input: applyPrivilegeInput,
  async run({ tx, account, ctx }, q): Promise<ApplyPrivilegeOutput> {
    const decision = unwrap(
      decidePrivilegeApplication(
        {
          isPartner: account.isPartner,
          validFrom: account.privilegeValidFrom,
          validUntil: account.privilegeValidUntil,
        },
        q.value,
        ctx.now,
      ),
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
    if (q.notifyResult) {
      await notify(tx, {
        accountUid: account.uid,
        kind: "privilegeResult",
        resource: { type: "privilege", id: q.quotaId },
        params: { quota: q.quotaId, result: q.value },
        at: ctx.now,
      });
    }
    return {
      applicationId,
      validFrom: decision.account.validFrom?.toISOString() ?? null,
      validUntil: decision.account.validUntil?.toISOString() ?? null,
    };
  },
  resource: (_q, output) => output && { type: "privilege_application", id: output.applicationId },
});
