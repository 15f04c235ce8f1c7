import { isHighSpec, type Spec } from "./enums";
import { DomainError } from "./errors";

export const PRIVILEGE_QUOTA_ID = "ec/can_buy_1G_vpconn";
export const PRIVILEGE_DURATION_MS = 24 * 60 * 60 * 1000;

export type PrivilegeWindow = { validFrom: Date; validUntil: Date };

// Seed 001: "The permission is valid for one day, starting from the application date."
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

// Seed 001 troubleshooting: an expired privilege surfaces as "Invalid Bandwidth parameter".
export function assertSpecAllowed({
  spec,
  privilegeValid,
  highSpecAllowed,
  field = "Spec",
}: SpecPermission): void {
  if (!privilegeValid) throw new DomainError("IllegalParam.Bandwidth", { args: [spec], field });
  if (isHighSpec(spec) && !highSpecAllowed)
    throw new DomainError("IllegalParam.Bandwidth", { args: [spec], field });
}

export function assertCanCreateVpconn({ isPartner }: { isPartner: boolean }): void {
  if (!isPartner) throw new DomainError("OperationDenied.CreateVpconn");
}
