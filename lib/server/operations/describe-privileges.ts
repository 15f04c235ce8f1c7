import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { privilegeApplications } from "../../../db/schema";
import { PRIVILEGE_QUOTA_ID } from "../../domain/privilege";
import { defineOperation } from "./operation";
import { hasPrivilege } from "./states";

export type PrivilegeApplicationDto = {
  applicationId: string;
  quotaId: string;
  value: "valid" | "invalid";
  validFrom: string | null;
  validUntil: string | null;
  reason: string;
  notifyResult: boolean;
  status: "approved" | "rejected";
  createdAt: string;
};

export type DescribePrivilegesOutput = {
  quotaId: string;
  isPartner: boolean;
  /** Whether the privilege is in force right now. */
  valid: boolean;
  validFrom: string | null;
  validUntil: string | null;
  /** The 2G/5G/8G/10G allowlist an account manager grants. */
  highSpecAllowed: boolean;
  applications: PrivilegeApplicationDto[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Console only, not an Alibaba API action: the Quota Center page's privilege and its applications. */
export const describePrivileges = defineOperation({
  action: "DescribePrivileges",
  kind: "read",
  input: z.object({}),
  async run({ tx, account, ctx }): Promise<DescribePrivilegesOutput> {
    const applications = await tx
      .select()
      .from(privilegeApplications)
      .where(eq(privilegeApplications.accountUid, account.uid))
      .orderBy(desc(privilegeApplications.createdAt))
      .limit(50);
    return {
      quotaId: PRIVILEGE_QUOTA_ID,
      isPartner: account.isPartner,
      valid: hasPrivilege(account, ctx.now),
      validFrom: iso(account.privilegeValidFrom),
      validUntil: iso(account.privilegeValidUntil),
      highSpecAllowed: account.highSpecAllowed,
      applications: applications.map((a) => ({
        applicationId: a.id,
        quotaId: a.quotaId,
        value: a.value,
        validFrom: iso(a.validFrom),
        validUntil: iso(a.validUntil),
        reason: a.reason,
        notifyResult: a.notifyResult,
        status: a.status,
        createdAt: a.createdAt.toISOString(),
      })),
    };
  },
});
