import { eq } from "drizzle-orm";
import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { unwrap } from "../../domain/verdict";
import { recover } from "../../domain/vbr-state";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadVbr } from "./loaders";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  vbrId: requiredIdSchema,
});

/** "Recover" a disabled VBR: the circuit owner, while the connection under it is Enabled. */
export const recoverVirtualBorderRouter = defineOperation({
  action: "RecoverVirtualBorderRouter",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound",
      field: "VbrId",
    });
    // A hosted VBR runs on its shared port, a legacy one directly on the circuit.
    const underStatus = access.hostedConnection?.status ?? access.circuit.status;
    const patch = unwrap(recover(vbrStateOf(access), underStatus));
    await tx
      .update(vbrs)
      .set({ ...patch, statusChangedAt: ctx.now, recoveredAt: ctx.now })
      .where(eq(vbrs.id, access.vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.vbrId }),
});
