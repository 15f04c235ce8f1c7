import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { keyOwner } from "./key-owner";
import { type AccessKeyDto, toAccessKeyDto } from "./records";

export const listAccessKeys = defineOperation({
  action: "ListAccessKeys",
  kind: "read",
  input: z.object({}),
  async run({ tx, account, ctx }): Promise<AccessKeyDto[]> {
    const rows = await tx
      .select()
      .from(accessKeys)
      .where(eq(accessKeys.accountUid, keyOwner(account, ctx.caller)))
      .orderBy(asc(accessKeys.createdAt), asc(accessKeys.id));
    return rows.map(toAccessKeyDto);
  },
});
