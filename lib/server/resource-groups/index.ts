// Resource Management: the account's resource groups (list, create, rename, delete). Moving a shared port
// between groups is the API's MoveResourceGroup, in lib/server/operations.
export { createResourceGroup } from "./create-resource-group";
export { deleteResourceGroup } from "./delete-resource-group";
export { listResourceGroups } from "./list-resource-groups";
export type { ResourceGroupDto } from "./records";
export { renameResourceGroup } from "./rename-resource-group";
