import { and, eq } from "drizzle-orm";
import { first, only } from "../../../db/rows";
import { type AccessKey, accessKeys } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import type { Tx } from "../operations/context";
import { newAccessKeyId, newAccessKeySecret } from "./generate";
import { sealSecret } from "./secret-box";

/** What the console lists: never the secret. */
export type AccessKeyDto = {
  accessKeyId: string;
  status: AccessKey["status"];
  createdAt: string;
  lastUsedAt: string | null;
};

/** The one moment a secret is readable: the answer to its creation. */
export type NewAccessKey = AccessKeyDto & { accessKeySecret: string };

export function toAccessKeyDto(row: AccessKey): AccessKeyDto {
  return {
    accessKeyId: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  };
}

export async function insertAccessKey(tx: Tx, accountUid: string, now: Date): Promise<NewAccessKey> {
  const accessKeyId = newAccessKeyId();
  const accessKeySecret = newAccessKeySecret();
  const row = await only(
    tx
      .insert(accessKeys)
      .values({
        id: accessKeyId,
        accountUid,
        secretCiphertext: sealSecret(accessKeyId, accessKeySecret),
        createdAt: now,
      })
      .returning(),
  );
  return { ...toAccessKeyDto(row), accessKeySecret };
}

/** Another account's key answers exactly like a key that does not exist. */
export async function loadOwnAccessKey(tx: Tx, accountUid: string, accessKeyId: string): Promise<AccessKey> {
  const row = await first(
    tx
      .select()
      .from(accessKeys)
      .where(and(eq(accessKeys.id, accessKeyId), eq(accessKeys.accountUid, accountUid))),
  );
  if (!row) throw domainError("InvalidAccessKeyId.NotFound", { field: "AccessKeyId" });
  return row;
}
