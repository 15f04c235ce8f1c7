import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { tags } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { MAX_TAGS } from "../../domain/validators";
import { regionIdSchema } from "../../inputs/ids";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { loadTagTarget, resourceIdsSchema, tableOf, tagResourceTypeSchema } from "./tag-targets";

const input = z.object({
  regionId: regionIdSchema,
  resourceType: tagResourceTypeSchema,
  resourceIds: resourceIdsSchema,
  tagKeys: z.array(z.string().max(128)).max(MAX_TAGS, { error: "NumberExceed.Tags" }).optional(),
  all: z.boolean().default(false),
});

/**
 * UnTagResources (the SDK's spelling of the action): removes the named keys, or every tag with All. A key
 * a resource does not carry is no error. Without TagKey and without All there is nothing to remove: that
 * is MissingParameter TagKey.
 */
export const untagResources = defineOperation({
  action: "UnTagResources",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    await loadRegion(tx, q.regionId);
    const keys = q.tagKeys ?? [];
    if (!q.all && keys.length === 0) {
      throw domainError("MissingParameter", { args: ["TagKey.1"], field: "TagKey" });
    }
    const table = tableOf(q.resourceType);
    const ids = [...new Set(q.resourceIds)];
    for (const id of ids) await loadTagTarget(tx, account, q.regionId, table, id);
    await tx
      .delete(tags)
      .where(
        and(
          eq(tags.resourceType, table),
          inArray(tags.resourceId, ids),
          q.all ? undefined : inArray(tags.key, keys),
        ),
      );
    return {};
  },
  resource: (q) => ({ type: tableOf(q.resourceType), id: q.resourceIds[0] ?? "" }),
});
