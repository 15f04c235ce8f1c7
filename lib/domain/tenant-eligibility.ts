import type { AccountType, Site } from "./enums";
import { DomainError } from "./errors";

export type PartnerAccount = { site: Site; uid: string };
export type TenantAccount = { uid: string; site: Site; type: AccountType; isPartner: boolean };

export function assertTenantEligible({
  partner,
  tenant,
}: {
  partner: PartnerAccount;
  tenant: TenantAccount | null;
}): void {
  const field = "VpconnAliUid";
  if (tenant === null) throw new DomainError("IllegalParam.VpconnAliUid", { field });
  if (tenant.uid === partner.uid) throw new DomainError("Forbidden.VpconnAliUid", { field });
  if (tenant.type === "ram" || tenant.isPartner) throw new DomainError("Forbidden.VpconnAliUid", { field });
  if (tenant.site !== partner.site) throw new DomainError("OperationDenied.CrossSite", { field });
}
