import { eq } from "drizzle-orm";
import { hostedConnections, resourceGroups } from "../../../db/schema";
import { checkDeleteResourceGroup } from "../../domain/resource-attributes";
import { unwrap } from "../../domain/verdict";
import { deleteResourceGroupInput } from "../../inputs/resource-groups";
import { defineOperation } from "../operations/operation";
import { loadOwnGroup, resourceCountOf } from "./records";

/** Refused while the group holds a live shared port, and for the default group. */
export const deleteResourceGroup = defineOperation({
  action: "DeleteResourceGroup",
  kind: "write",
  input: deleteResourceGroupInput,
  async run({ tx, account }, q): Promise<{ resourceGroupId: string }> {
    const group = await loadOwnGroup(tx, account.uid, q.resourceGroupId);
    unwrap(checkDeleteResourceGroup(group, await resourceCountOf(tx, group.id)));
    // Deleted ports keep their rows for orders and audit; they let go of the group.
    await tx
      .update(hostedConnections)
      .set({ resourceGroupId: null })
      .where(eq(hostedConnections.resourceGroupId, group.id));
    await tx.delete(resourceGroups).where(eq(resourceGroups.id, group.id));
    return { resourceGroupId: group.id };
  },
  resource: (q) => ({ type: "resource_group", id: q.resourceGroupId }),
});
