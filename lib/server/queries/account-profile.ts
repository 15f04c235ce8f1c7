import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "../../../db/client";
import { accounts, type Region, regions, resourceGroups } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import { isPrivilegeValid } from "../../domain/privilege";
import { first } from "../../../db/rows";

export type AccountProfile = {
  uid: string;
  name: string;
  isPartner: boolean;
  site: "china" | "international";
  highSpecAllowed: boolean;
  privilegeValidUntil: string | null;
  privilegeValid: boolean;
  resourceGroups: Array<{ id: string; name: string; isDefault: boolean }>;
};

/** The signed-in account as the console shell and forms need it; only ever the caller's own. */
export function getAccountProfile(uid: string, now = new Date()): Promise<AccountProfile | null> {
  return withTransaction(getDb(), "read", (tx) => readProfile(tx, uid, now));
}

async function readProfile(tx: Tx, uid: string, now: Date): Promise<AccountProfile | null> {
  const account = await first(tx.select().from(accounts).where(eq(accounts.uid, uid)));
  if (!account) return null;
  const groups = await tx
    .select({ id: resourceGroups.id, name: resourceGroups.name, isDefault: resourceGroups.isDefault })
    .from(resourceGroups)
    .where(eq(resourceGroups.accountUid, uid))
    .orderBy(desc(resourceGroups.isDefault), asc(resourceGroups.name));
  return {
    uid: account.uid,
    name: account.name,
    isPartner: account.isPartner,
    site: account.site,
    highSpecAllowed: account.highSpecAllowed,
    privilegeValidUntil: account.privilegeValidUntil?.toISOString() ?? null,
    privilegeValid: isPrivilegeValid(
      { validFrom: account.privilegeValidFrom, validUntil: account.privilegeValidUntil },
      now,
    ),
    resourceGroups: groups,
  };
}

export function listRegions(): Promise<Region[]> {
  return withTransaction(getDb(), "read", (tx) => tx.select().from(regions).orderBy(asc(regions.sortOrder)));
}
