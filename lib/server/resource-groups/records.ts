import { and, count, eq, ne } from "drizzle-orm";
import { first } from "../../../db/rows";
import { hostedConnections, type ResourceGroup, resourceGroups } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import type { Tx } from "../operations/context";
import { liveHostedConnection } from "../operations/records";

export type ResourceGroupDto = {
  id: string;
  name: string;
  isDefault: boolean;
  /** Live shared ports in the group (the only resources that carry a group here). */
  resourceCount: number;
  createdAt: string;
};

/** One of the caller's groups; another account's is not found. */
export async function loadOwnGroup(tx: Tx, accountUid: string, id: string): Promise<ResourceGroup> {
  const group = await first(
    tx
      .select()
      .from(resourceGroups)
      .where(and(eq(resourceGroups.id, id), eq(resourceGroups.accountUid, accountUid))),
  );
  if (!group) throw domainError("InvalidResourceGroupId.NotFound", { field: "resourceGroupId" });
  return group;
}

export async function resourceCountOf(tx: Tx, groupId: string): Promise<number> {
  const row = await first(
    tx
      .select({ n: count() })
      .from(hostedConnections)
      .where(and(eq(hostedConnections.resourceGroupId, groupId), liveHostedConnection)),
  );
  return row?.n ?? 0;
}

/** Names are unique within an account, whatever their case. */
export async function assertNameFree(tx: Tx, accountUid: string, name: string, except?: string) {
  const groups = await tx
    .select({ name: resourceGroups.name })
    .from(resourceGroups)
    .where(
      and(eq(resourceGroups.accountUid, accountUid), except ? ne(resourceGroups.id, except) : undefined),
    );
  if (groups.some((g) => g.name.toLowerCase() === name.toLowerCase())) {
    throw domainError("InvalidResourceGroupName.Duplicate", { field: "name" });
  }
}
