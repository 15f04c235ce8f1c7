import type { AccountType, Site } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

export type PartnerAccount = { site: Site; uid: string };
export type TenantAccount = { uid: string; site: Site; type: AccountType; isPartner: boolean };

/** The tenant of a shared port exists, is a primary account, is not a partner nor the partner itself, and shares its site. */
export function checkTenantEligible({
  partner,
  tenant,
}: {
  partner: PartnerAccount;
  tenant: TenantAccount | null;
}): Verdict {
  const field = "VpconnAliUid";
  if (tenant === null) return refuse("IllegalParam.VpconnAliUid", { field });
  if (tenant.uid === partner.uid) return refuse("Forbidden.VpconnAliUid", { field });
  if (tenant.type === "ram" || tenant.isPartner) return refuse("Forbidden.VpconnAliUid", { field });
  if (tenant.site !== partner.site) return refuse("OperationDenied.CrossSite", { field });
  return allow();
}
