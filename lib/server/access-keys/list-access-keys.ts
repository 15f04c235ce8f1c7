import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { accessKeys } from "../../../db/schema";
import { defineOperation } from "../operations/operation";
import { type AccessKeyDto, toAccessKeyDto } from "./records";

export const listAccessKeys = defineOperation({
  action: "ListAccessKeys",
  kind: "read",
  input: z.object({}),
  async run({ tx, account }): Promise<AccessKeyDto[]> {
    const rows = await tx
      .select()
      .from(accessKeys)
      .where(eq(accessKeys.accountUid, account.uid))
      .orderBy(asc(accessKeys.createdAt), asc(accessKeys.id));
    return rows.map(toAccessKeyDto);
  },
});
