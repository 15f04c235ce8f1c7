import { eq } from "drizzle-orm";
import { z } from "zod";
import { only } from "../../../db/rows";
import { accessKeys } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { keyOwner } from "./key-owner";
import { type AccessKeyDto, loadOwnAccessKey, toAccessKeyDto } from "./records";

/** Disable ("Inactive") or enable ("Active") one of the caller's keys; a disabled key authenticates nothing. */
export const updateAccessKeyStatus = defineOperation({
  action: "UpdateAccessKey",
  kind: "write",
  input: z.object({ accessKeyId: z.string().trim().min(1).max(64), status: z.enum(["Active", "Inactive"]) }),
  async run({ tx, account, ctx }, input): Promise<AccessKeyDto> {
    await loadOwnAccessKey(tx, keyOwner(account, ctx.caller), input.accessKeyId);
    const row = await only(
      tx
        .update(accessKeys)
        .set({ status: input.status })
        .where(eq(accessKeys.id, input.accessKeyId))
        .returning(),
    );
    return toAccessKeyDto(row);
  },
  resource: (input) => ({ type: "access_key", id: input.accessKeyId }),
});
