import { eq } from "drizzle-orm";
import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { unwrap } from "../../domain/verdict";
import { remove } from "../../domain/vbr-state";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadVbr } from "./loaders";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  vbrId: requiredIdSchema,
});

/**
 * "Delete VBR": its owner any time; the partner on a tenant's VBR once disabled. Deleting settles to the
 * VBR being gone and its VLAN freed unless its shared port still holds it.
 */
export const deleteVirtualBorderRouter = defineOperation({
  action: "DeleteVirtualBorderRouter",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound#Records",
      field: "VbrId",
    });
    const patch = unwrap(remove(vbrStateOf(access)));
    await tx
      .update(vbrs)
      .set({ ...patch, statusChangedAt: ctx.now })
      .where(eq(vbrs.id, access.vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.vbrId }),
});
