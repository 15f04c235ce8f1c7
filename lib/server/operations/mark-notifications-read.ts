import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { defineOperation } from "./operation";

const input = z.union([
  z.object({ ids: z.array(z.coerce.number().int().positive()).min(1).max(100) }),
  z.object({ all: z.literal(true) }),
]);

/**
 * Console only, not an Alibaba API action: marks some of the caller's own notifications read, or all of
 * them. An ID that is not the caller's is "not found", whoever's it is.
 */
export const markNotificationsRead = defineOperation({
  action: "MarkNotificationsRead",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ marked: number }> {
    const own = eq(notifications.accountUid, account.uid);
    if ("ids" in q) {
      const found = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(own, inArray(notifications.id, q.ids)));
      if (found.length !== new Set(q.ids).size)
        throw domainError("ResourceNotFound", { field: "ids", args: [q.ids.join(", ")] });
    }
    const marked = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(
        and(own, isNull(notifications.readAt), "ids" in q ? inArray(notifications.id, q.ids) : undefined),
      )
      .returning({ id: notifications.id });
    return { marked: marked.length };
  },
});
