import { resourceGroups } from "../../../db/schema";
import { createResourceGroupInput } from "../../inputs/resource-groups";
import { newResourceGroupId } from "../ids";
import { defineOperation } from "../operations/operation";
import { assertNameFree } from "./records";

export const createResourceGroup = defineOperation({
  action: "CreateResourceGroup",
  kind: "write",
  input: createResourceGroupInput,
  async run({ tx, account, ctx }, q): Promise<{ resourceGroupId: string }> {
    await assertNameFree(tx, account.uid, q.name);
    const id = newResourceGroupId();
    await tx.insert(resourceGroups).values({ id, accountUid: account.uid, name: q.name, createdAt: ctx.now });
    return { resourceGroupId: id };
  },
  resource: (_q, out) => (out ? { type: "resource_group", id: out.resourceGroupId } : undefined),
});
