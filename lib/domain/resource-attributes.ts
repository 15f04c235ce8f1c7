// Who may label a resource (tags, name, description, resource group) and within which limits. A shared
// port's tags are its payer's, as they are when the port is offered; its name, description and resource
// group are its partner's, who set them in the offer. A VBR's tags are its owner's.
import { type OrderMode, payerRole, type Role } from "./enums";
import { MAX_TAGS } from "./validators";
import { allow, refuse, type Verdict } from "./verdict";

export function checkTagPort(role: Role, orderMode: OrderMode): Verdict {
  if (payerRole(orderMode) !== role) {
    return refuse(
      role === "partner"
        ? "Forbidden.OperationNotAllowedByUser#TagTenantPays"
        : "Forbidden.OperationNotAllowedByUser#TagPartnerPays",
    );
  }
  return allow();
}

export function checkTagVbr(ownerIsCaller: boolean): Verdict {
  return ownerIsCaller ? allow() : refuse("Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly");
}

/** A resource carries at most MAX_TAGS tags: the keys it has plus the new ones. */
export function checkTagCount(existingKeys: readonly string[], addedKeys: readonly string[]): Verdict {
  const keys = new Set([...existingKeys, ...addedKeys]);
  return keys.size > MAX_TAGS ? refuse("NumberExceed.Tags") : allow();
}

/** ModifyPhysicalConnectionAttribute on a shared port, and MoveResourceGroup: the partner's. */
export function checkModifyPortLabel(role: Role): Verdict {
  return role === "partner" ? allow() : refuse("Forbidden.OperationNotAllowedByUser#EditPartnerOnly");
}

/** A resource group is deleted only when empty, and the default group never. */
export function checkDeleteResourceGroup(group: { isDefault: boolean }, memberCount: number): Verdict {
  if (group.isDefault) return refuse("DeleteConflict.ResourceGroup.Default");
  if (memberCount > 0)
    return refuse("DeleteConflict.ResourceGroup.Resource", { args: [String(memberCount)] });
  return allow();
}
