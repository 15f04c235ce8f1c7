import { and, eq } from "drizzle-orm";
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

export function insertAccessKey(tx: Tx, accountUid: string, now: Date): NewAccessKey {
  const accessKeyId = newAccessKeyId();
  const accessKeySecret = newAccessKeySecret();
  const row = tx
    .insert(accessKeys)
    .values({
      id: accessKeyId,
      accountUid,
      secretCiphertext: sealSecret(accessKeyId, accessKeySecret),
      createdAt: now,
    })
    .returning()
    .get();
  return { ...toAccessKeyDto(row), accessKeySecret };
}

/** Another account's key answers exactly like a key that does not exist. */
export function loadOwnAccessKey(tx: Tx, accountUid: string, accessKeyId: string): AccessKey {
  const row = tx
    .select()
    .from(accessKeys)
    .where(and(eq(accessKeys.id, accessKeyId), eq(accessKeys.accountUid, accountUid)))
    .get();
  if (!row) throw domainError("InvalidAccessKeyId.NotFound", { field: "AccessKeyId" });
  return row;
}
