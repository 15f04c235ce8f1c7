import { eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { checkAccessKeyQuota } from "../../domain/access-keys";
import { unwrap } from "../../domain/verdict";
import { defineOperation } from "../operations/operation";
import { keyOwner } from "./key-owner";
import { insertAccessKey, type NewAccessKey } from "./records";

/** The console's "Create AccessKey": the answer carries the secret, which is never readable again. */
export const createAccessKey = defineOperation({
  action: "CreateAccessKey",
  kind: "write",
  input: z.object({}),
  async run({ tx, account, ctx }): Promise<NewAccessKey> {
    const held = await tx
      .select({ id: accessKeys.id })
      .from(accessKeys)
      .where(eq(accessKeys.accountUid, keyOwner(account, ctx.caller)));
    unwrap(checkAccessKeyQuota(held.length));
    return await insertAccessKey(tx, keyOwner(account, ctx.caller), ctx.now);
  },
  resource: (_input, output) => output && { type: "access_key", id: output.accessKeyId },
});
