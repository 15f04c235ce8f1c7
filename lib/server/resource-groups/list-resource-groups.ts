import { and, asc, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections, resourceGroups } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { liveHostedConnection } from "../operations/records";
import type { ResourceGroupDto } from "./records";

/** The caller's resource groups, the default first, each with how many live shared ports it holds. */
export const listResourceGroups = defineOperation({
  action: "ListResourceGroups",
  kind: "read",
  input: z.object({}),
  async run({ tx, account }): Promise<ResourceGroupDto[]> {
    const groups = await tx
      .select()
      .from(resourceGroups)
      .where(eq(resourceGroups.accountUid, account.uid))
      .orderBy(desc(resourceGroups.isDefault), asc(resourceGroups.name), asc(resourceGroups.id));
    const counts = await tx
      .select({ id: hostedConnections.resourceGroupId, n: count() })
      .from(hostedConnections)
      .innerJoin(resourceGroups, eq(resourceGroups.id, hostedConnections.resourceGroupId))
      .where(and(eq(resourceGroups.accountUid, account.uid), liveHostedConnection))
      .groupBy(hostedConnections.resourceGroupId);
    const countOf = new Map(counts.map((c) => [c.id, c.n]));
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      isDefault: g.isDefault,
      resourceCount: countOf.get(g.id) ?? 0,
      createdAt: g.createdAt.toISOString(),
    }));
  },
});
