import { eq } from "drizzle-orm";
import { resourceGroups } from "../../../db/schema";
import { renameResourceGroupInput } from "../../inputs/resource-groups";
import { defineOperation } from "../operations/operation";
import { assertNameFree, loadOwnGroup } from "./records";

export const renameResourceGroup = defineOperation({
  action: "UpdateResourceGroup",
  kind: "write",
  input: renameResourceGroupInput,
  async run({ tx, account }, q): Promise<{ resourceGroupId: string }> {
    const group = await loadOwnGroup(tx, account.uid, q.resourceGroupId);
    await assertNameFree(tx, account.uid, q.name, group.id);
    await tx.update(resourceGroups).set({ name: q.name }).where(eq(resourceGroups.id, group.id));
    return { resourceGroupId: group.id };
  },
  resource: (q) => ({ type: "resource_group", id: q.resourceGroupId }),
});
