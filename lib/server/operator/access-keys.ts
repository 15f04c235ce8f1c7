// An AccessKey for an account or a RAM user, handed to the operator once with its secret: how a script
// gets the credentials of the fixtures it just made, and how a RAM user gets one under its policy.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { checkAccessKeyQuota } from "../../domain/access-keys";
import { unwrap } from "../../domain/verdict";
import { insertAccessKey, type NewAccessKey } from "../access-keys/records";
import { loadAccount } from "./accounts";
import { defineOperatorOperation } from "./operation";

export const createAccessKeyFor = defineOperatorOperation({
  action: "CreateAccessKey",
  kind: "write",
  input: z.object({ accountUid: z.string().regex(/^\d{16}$/, "InvalidParameter") }),
  async run({ tx, ctx }, input): Promise<NewAccessKey & { accountUid: string }> {
    const account = await loadAccount(tx, input.accountUid);
    const held = await tx
      .select({ id: accessKeys.id })
      .from(accessKeys)
      .where(eq(accessKeys.accountUid, account.uid));
    unwrap(checkAccessKeyQuota(held.length));
    return { ...(await insertAccessKey(tx, account.uid, ctx.now)), accountUid: account.uid };
  },
  resource: (_input, output) => output && { type: "access_key", id: output.accessKeyId },
});
