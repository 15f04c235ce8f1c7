import { eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { assertAccessKeyQuota } from "../../domain/access-keys";
import { defineOperation } from "../operations/operation";
import { insertAccessKey, type NewAccessKey } from "./records";

/** The console's "Create AccessKey": the answer carries the secret, which is never readable again. */
export const createAccessKey = defineOperation({
  action: "CreateAccessKey",
  kind: "write",
  input: z.object({}),
  run({ tx, account, ctx }): NewAccessKey {
    assertAccessKeyQuota(
      tx.select({ id: accessKeys.id }).from(accessKeys).where(eq(accessKeys.accountUid, account.uid)).all()
        .length,
    );
    return insertAccessKey(tx, account.uid, ctx.now);
  },
  resource: (_input, output) => output && { type: "access_key", id: output.accessKeyId },
});
