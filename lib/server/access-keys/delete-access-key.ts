import { eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { keyOwner } from "./key-owner";
import { loadOwnAccessKey } from "./records";

export const deleteAccessKey = defineOperation({
  action: "DeleteAccessKey",
  kind: "write",
  input: z.object({ accessKeyId: z.string().trim().min(1).max(64) }),
  async run({ tx, account, ctx }, input): Promise<{ accessKeyId: string }> {
    await loadOwnAccessKey(tx, keyOwner(account, ctx.caller), input.accessKeyId);
    await tx.delete(accessKeys).where(eq(accessKeys.id, input.accessKeyId));
    return { accessKeyId: input.accessKeyId };
  },
  resource: (input) => ({ type: "access_key", id: input.accessKeyId }),
});
