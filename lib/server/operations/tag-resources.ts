import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { tags } from "../../../db/schema";
import { checkTagCount } from "../../domain/resource-attributes";
import { MAX_TAGS, tagSchema } from "../../domain/validators";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema } from "../../inputs/ids";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { loadTagTarget, resourceIdsSchema, tableOf, tagResourceTypeSchema } from "./tag-targets";

const input = z.object({
  regionId: regionIdSchema,
  resourceType: tagResourceTypeSchema,
  resourceIds: resourceIdsSchema,
  tags: z
    .array(tagSchema, {
      error: (issue) => (issue.input === undefined ? "MissingParameter" : "IllegalParam.Tags"),
    })
    .min(1, { error: "MissingParameter" })
    .max(MAX_TAGS, { error: "NumberExceed.Tags" })
    .superRefine((list, ctx) => {
      const keys = list.map((t) => t.key);
      const at = keys.findIndex((key, i) => keys.indexOf(key) !== i);
      if (at >= 0) ctx.addIssue({ code: "custom", message: "Duplicate.TagKey", path: [at, "key"] });
    }),
});

/**
 * TagResources: adds tags to shared ports or VBRs, replacing the value of a key a resource already has.
 * Every resource is checked before any is tagged, so a refusal tags none.
 */
export const tagResources = defineOperation({
  action: "TagResources",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    await loadRegion(tx, q.regionId);
    const table = tableOf(q.resourceType);
    const ids = [...new Set(q.resourceIds)];
    for (const id of ids) {
      await loadTagTarget(tx, account, q.regionId, table, id);
      const existing = await tx
        .select({ key: tags.key })
        .from(tags)
        .where(and(eq(tags.resourceType, table), eq(tags.resourceId, id)));
      unwrap(
        checkTagCount(
          existing.map((t) => t.key),
          q.tags.map((t) => t.key),
        ),
      );
    }
    for (const id of ids) {
      for (const tag of q.tags) {
        await tx
          .insert(tags)
          .values({ resourceType: table, resourceId: id, key: tag.key, value: tag.value })
          .onConflictDoUpdate({
            target: [tags.resourceType, tags.resourceId, tags.key],
            set: { value: tag.value },
          });
      }
    }
    return {};
  },
  resource: (q) => ({ type: tableOf(q.resourceType), id: q.resourceIds[0] ?? "" }),
});
