import { eq } from "drizzle-orm";
import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { unwrap } from "../../domain/verdict";
import { terminate } from "../../domain/vbr-state";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadVbr } from "./loaders";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  vbrId: requiredIdSchema,
});

/** "Disable" a VBR ("Terminating the VBR"): the circuit owner; terminating settles to terminated. */
export const terminateVirtualBorderRouter = defineOperation({
  action: "TerminateVirtualBorderRouter",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound",
      field: "VbrId",
    });
    const patch = unwrap(terminate(vbrStateOf(access)));
    await tx
      .update(vbrs)
      .set({ ...patch, statusChangedAt: ctx.now, terminatedAt: ctx.now })
      .where(eq(vbrs.id, access.vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.vbrId }),
});
