import { describe, test } from "node:test";
import {
  checkDeleteResourceGroup,
  checkModifyPortLabel,
  checkTagCount,
  checkTagPort,
  checkTagVbr,
} from "./resource-attributes";
import { assertVerdict } from "./test-helpers";

describe("checkTagPort: the payer tags a shared port", () => {
  test("tenant pays: the tenant may, the partner may not", () => {
    assertVerdict(checkTagPort("tenant", "PayByVirtualPhysicalConnectionOwner"), "allowed");
    assertVerdict(
      checkTagPort("partner", "PayByVirtualPhysicalConnectionOwner"),
      "Forbidden.OperationNotAllowedByUser#TagTenantPays",
    );
  });
  test("partner pays: the partner may, the tenant may not", () => {
    assertVerdict(checkTagPort("partner", "PayByPhysicalConnectionOwner"), "allowed");
    assertVerdict(
      checkTagPort("tenant", "PayByPhysicalConnectionOwner"),
      "Forbidden.OperationNotAllowedByUser#TagPartnerPays",
    );
  });
});

test("checkTagVbr: only the VBR's owner", () => {
  assertVerdict(checkTagVbr(true), "allowed");
  assertVerdict(checkTagVbr(false), "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly");
});

test("checkTagCount: 20 distinct keys at most, a key set again counts once", () => {
  const nineteen = Array.from({ length: 19 }, (_, i) => `k${i}`);
  assertVerdict(checkTagCount(nineteen, ["k0", "new"]), "allowed");
  assertVerdict(checkTagCount(nineteen, ["new", "newer"]), "NumberExceed.Tags");
});

test("checkModifyPortLabel: the partner names and groups its offers", () => {
  assertVerdict(checkModifyPortLabel("partner"), "allowed");
  assertVerdict(checkModifyPortLabel("tenant"), "Forbidden.OperationNotAllowedByUser#EditPartnerOnly");
});

test("checkDeleteResourceGroup: an empty, non-default group only", () => {
  assertVerdict(checkDeleteResourceGroup({ isDefault: false }, 0), "allowed");
  assertVerdict(checkDeleteResourceGroup({ isDefault: false }, 2), "DeleteConflict.ResourceGroup.Resource");
  assertVerdict(checkDeleteResourceGroup({ isDefault: true }, 0), "DeleteConflict.ResourceGroup.Default");
});
