// The Resource Management page's inputs, client-safe: its dialogs check a name with the operation's schema.
import { z } from "zod";

export const RESOURCE_GROUP_NAME_MAX = 50;
const NAME_PATTERN = /^[\p{L}\p{N}._\- ]+$/u;

export const resourceGroupNameSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? "MissingParameter" : "InvalidResourceGroupName.Malformed"),
  })
  .trim()
  .min(1, { error: "InvalidResourceGroupName.Malformed" })
  .max(RESOURCE_GROUP_NAME_MAX, { error: "InvalidResourceGroupName.Malformed" })
  .regex(NAME_PATTERN, { error: "InvalidResourceGroupName.Malformed" });

const groupId = z.string().trim().min(1).max(64);

export const createResourceGroupInput = z.object({ name: resourceGroupNameSchema });
export const renameResourceGroupInput = z.object({ resourceGroupId: groupId, name: resourceGroupNameSchema });
export const deleteResourceGroupInput = z.object({ resourceGroupId: groupId });
