import { describe, test } from "node:test";
import { checkTenantEligible, type TenantAccount } from "./tenant-eligibility";
import { assertVerdict } from "./test-helpers";

const partner = { uid: "1111111111111111", site: "china" as const };
const tenant: TenantAccount = { uid: "2222222222222222", site: "china", type: "primary", isPartner: false };

describe("checkTenantEligible", () => {
  const cases: [label: string, candidate: TenantAccount | null, expected: string][] = [
    ["primary, non-partner, same site", tenant, "allowed"],
    ["unknown tenant", null, "IllegalParam.VpconnAliUid"],
    ["RAM user", { ...tenant, type: "ram" }, "Forbidden.VpconnAliUid"],
    ["partner account", { ...tenant, isPartner: true }, "Forbidden.VpconnAliUid"],
    ["partner's own UID", { ...tenant, uid: partner.uid }, "Forbidden.VpconnAliUid"],
    ["cross-site", { ...tenant, site: "international" }, "OperationDenied.CrossSite"],
    [
      "RAM on another site is reported as Forbidden first",
      { ...tenant, site: "international", type: "ram" },
      "Forbidden.VpconnAliUid",
    ],
  ];
  for (const [label, candidate, expected] of cases)
    test(label, () =>
      assertVerdict(
        checkTenantEligible({ partner, tenant: candidate }),
        expected,
        expected === "allowed" ? undefined : "VpconnAliUid",
      ),
    );
});
