import { isHighSpec, type Spec } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

export const PRIVILEGE_QUOTA_ID = "ec/can_buy_1G_vpconn";
export const PRIVILEGE_DURATION_MS = 24 * 60 * 60 * 1000;

export type PrivilegeWindow = { validFrom: Date; validUntil: Date };

// The privilege is valid for one day, starting from the application.
export function privilegeWindow(appliedAt: Date): PrivilegeWindow {
  return {
    validFrom: new Date(appliedAt.getTime()),
    validUntil: new Date(appliedAt.getTime() + PRIVILEGE_DURATION_MS),
  };
}

export type PrivilegeGrant = { validFrom?: Date | null; validUntil: Date | null };

export function isPrivilegeValid(grant: PrivilegeGrant, now: Date): boolean {
  if (grant.validUntil === null) return false;
  if (grant.validFrom && now.getTime() < grant.validFrom.getTime()) return false;
  return now.getTime() < grant.validUntil.getTime();
}

export type SpecPermission = {
  spec: Spec;
  privilegeValid: boolean;
  highSpecAllowed: boolean;
  field?: string;
};

// Alibaba answers an expired privilege, and a 2G-10G Spec without the allowlist, as an invalid Bandwidth.
export function checkSpecAllowed({
  spec,
  privilegeValid,
  highSpecAllowed,
  field = "Spec",
}: SpecPermission): Verdict {
  if (!privilegeValid) return refuse("IllegalParam.Bandwidth#Privilege", { args: [spec], field });
  if (isHighSpec(spec) && !highSpecAllowed) {
    return refuse("IllegalParam.Bandwidth#HighSpec", { args: [spec], field });
  }
  return allow();
}

export function checkCanCreateVpconn({ isPartner }: { isPartner: boolean }): Verdict {
  return isPartner ? allow() : refuse("OperationDenied.CreateVpconn");
}

export type PrivilegeValue = "valid" | "invalid";

export type PrivilegeDecision = {
  /** The window the application itself records (Time in the Apply dialog); none for Invalid. */
  application: PrivilegeWindow | null;
  /** The account's window after the application. */
  account: { validFrom: Date | null; validUntil: Date | null };
};

/**
 * Quota Center "Apply" for ec/can_buy_1G_vpconn, approved at once: Valid grants one day from now, Invalid
 * ends the current window now (a window that already ended stays as it was). Partners only.
 */
export function decidePrivilegeApplication(
  applicant: { isPartner: boolean } & PrivilegeGrant,
  value: PrivilegeValue,
  now: Date,
): Verdict<PrivilegeDecision> {
  if (!applicant.isPartner) return refuse("Forbidden#PartnerOnly");
  if (value === "valid") {
    const window = privilegeWindow(now);
    return allow({ application: window, account: window });
  }
  const until = applicant.validUntil;
  const validUntil = until !== null && until.getTime() < now.getTime() ? until : new Date(now.getTime());
  return allow({ application: null, account: { validFrom: applicant.validFrom ?? null, validUntil } });
}

/** A partner hears this long before its privilege ends that it must re-apply. */
export const PRIVILEGE_WARNING_MS = 3 * 60 * 60 * 1000;

/** The privilege is still valid but ends within the warning time. */
export function privilegeExpiresSoon(grant: PrivilegeGrant, now: Date): boolean {
  if (!isPrivilegeValid(grant, now) || grant.validUntil === null) return false;
  return grant.validUntil.getTime() - now.getTime() <= PRIVILEGE_WARNING_MS;
}
