import { eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections } from "../../../db/schema";
import { checkModifyPortLabel } from "../../domain/resource-attributes";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { anyCaseEnum } from "./filters";
import { loadHostedConnection, loadOwnResourceGroup } from "./loaders";
import { defineOperation } from "./operation";

/** Only shared ports carry a resource group here (circuits and VBRs show none). */
const MOVABLE_TYPES = ["PhysicalConnection"] as const;

const input = z.object({
  regionId: regionIdSchema,
  resourceId: requiredIdSchema,
  resourceType: z
    .string({ error: (issue) => (issue.input === undefined ? "MissingParameter" : "InvalidParameter") })
    .pipe(anyCaseEnum(MOVABLE_TYPES)),
  newResourceGroupId: requiredIdSchema,
});

/**
 * MoveResourceGroup: the partner moves a shared port it offered into another of its own resource groups
 * (the group it chose in the offer). The Resource Management page moves ports through this too.
 */
export const moveResourceGroup = defineOperation({
  action: "MoveResourceGroup",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const access = await loadHostedConnection(tx, account, q.regionId, q.resourceId, {
      key: "InvalidResourceId.NotFound",
      field: "ResourceId",
    });
    unwrap(checkModifyPortLabel(access.role));
    const groupId = await loadOwnResourceGroup(tx, account, q.newResourceGroupId);
    await tx
      .update(hostedConnections)
      .set({ resourceGroupId: groupId })
      .where(eq(hostedConnections.id, access.hc.id));
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.resourceId }),
});
