import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { circuits, hostedConnections, tags, vbrs } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { regionIdSchema } from "../../inputs/ids";
import { decodeNextToken, encodeNextToken, taggedWith, tagFilterSchema } from "./filters";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { liveHostedConnection } from "./records";
import { type TagResourceType, tableOf, tagResourceTypeSchema } from "./tag-targets";

const input = z.object({
  regionId: regionIdSchema,
  resourceType: tagResourceTypeSchema,
  resourceIds: z
    .array(z.string().trim().min(1).max(64))
    .max(50, { error: "NumberExceed.ResourceIds" })
    .optional(),
  tags: tagFilterSchema,
  maxResults: z.coerce.number().int().min(1).max(50).default(50),
  nextToken: z.string().max(256).optional(),
});

export type TagResourceDto = { id: string; resourceType: TagResourceType; key: string; value: string };

export type ListTagResourcesOutput = { items: TagResourceDto[]; nextToken: string | null };

/**
 * ListTagResources: the tags of the shared ports or VBRs the caller can see (its own, and those on its
 * circuits), named by ResourceId.N, by Tag.N (a resource must carry every one), or both. All the tags of
 * each matching resource are listed, a page of MaxResults tag/resource pairs at a time.
 */
export const listTagResources = defineOperation({
  action: "ListTagResources",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<ListTagResourcesOutput> {
    await loadRegion(tx, q.regionId);
    if (!q.resourceIds?.length && !q.tags?.length) {
      throw domainError("MissingParameter", { args: ["ResourceId.1"], field: "ResourceId" });
    }
    const offset = decodeNextToken(q.nextToken);
    if (offset === null) throw domainError("InvalidParameter", { args: ["NextToken"], field: "NextToken" });
    const table = tableOf(q.resourceType);
    const ownCircuits = tx
      .select({ id: circuits.id })
      .from(circuits)
      .where(eq(circuits.ownerUid, account.uid));
    const regionCircuits = tx
      .select({ id: circuits.id })
      .from(circuits)
      .where(eq(circuits.regionId, q.regionId));
    const visible =
      table === "hosted_connection"
        ? tx
            .select({ id: hostedConnections.id })
            .from(hostedConnections)
            .where(
              and(
                liveHostedConnection,
                inArray(hostedConnections.circuitId, regionCircuits),
                or(
                  eq(hostedConnections.tenantUid, account.uid),
                  inArray(hostedConnections.circuitId, ownCircuits),
                ),
              ),
            )
        : tx
            .select({ id: vbrs.id })
            .from(vbrs)
            .where(
              and(
                inArray(vbrs.circuitId, regionCircuits),
                or(eq(vbrs.ownerUid, account.uid), inArray(vbrs.circuitId, ownCircuits)),
              ),
            );
    const where = and(
      eq(tags.resourceType, table),
      inArray(tags.resourceId, visible),
      q.resourceIds?.length ? inArray(tags.resourceId, q.resourceIds) : undefined,
      ...taggedWith(tx, table, tags.resourceId, q.tags),
    ) as SQL;
    const rows = await tx
      .select()
      .from(tags)
      .where(where)
      .orderBy(asc(tags.resourceId), asc(tags.key))
      .limit(q.maxResults + 1)
      .offset(offset);
    const page = rows.slice(0, q.maxResults);
    return {
      items: page.map((row) => ({
        id: row.resourceId,
        resourceType: q.resourceType,
        key: row.key,
        value: row.value,
      })),
      nextToken: rows.length > q.maxResults ? encodeNextToken(offset + q.maxResults) : null,
    };
  },
});
