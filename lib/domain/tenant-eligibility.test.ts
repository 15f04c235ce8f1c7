import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertTenantEligible, type TenantAccount } from "./tenant-eligibility";
import { assertThrowsKey } from "./test-helpers";

const partner = { uid: "1111111111111111", site: "china" as const };
const tenant: TenantAccount = { uid: "2222222222222222", site: "china", type: "primary", isPartner: false };

describe("assertTenantEligible", () => {
  test("primary, non-partner, same site", () =>
    assert.doesNotThrow(() => assertTenantEligible({ partner, tenant })));
  test("unknown tenant", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: null }),
      "IllegalParam.VpconnAliUid",
      "VpconnAliUid",
    ));
  test("RAM user", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: { ...tenant, type: "ram" } }),
      "Forbidden.VpconnAliUid",
      "VpconnAliUid",
    ));
  test("partner account", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: { ...tenant, isPartner: true } }),
      "Forbidden.VpconnAliUid",
    ));
  test("partner's own UID", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: { ...tenant, uid: partner.uid } }),
      "Forbidden.VpconnAliUid",
    ));
  test("cross-site", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: { ...tenant, site: "international" } }),
      "OperationDenied.CrossSite",
      "VpconnAliUid",
    ));
  test("RAM on another site is reported as Forbidden first", () =>
    assertThrowsKey(
      () => assertTenantEligible({ partner, tenant: { ...tenant, site: "international", type: "ram" } }),
      "Forbidden.VpconnAliUid",
    ));
});
