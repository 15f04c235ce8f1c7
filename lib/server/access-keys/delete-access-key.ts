import { eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { loadOwnAccessKey } from "./records";

export const deleteAccessKey = defineOperation({
  action: "DeleteAccessKey",
  kind: "write",
  input: z.object({ accessKeyId: z.string().trim().min(1).max(64) }),
  run({ tx, account }, input): { accessKeyId: string } {
    loadOwnAccessKey(tx, account.uid, input.accessKeyId);
    tx.delete(accessKeys).where(eq(accessKeys.id, input.accessKeyId)).run();
    return { accessKeyId: input.accessKeyId };
  },
  resource: (input) => ({ type: "access_key", id: input.accessKeyId }),
});
