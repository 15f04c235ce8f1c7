import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accounts, type Region, regions, resourceGroups } from "../../../db/schema";
import { type Tx, withTransaction } from "../../../db/transaction";
import { isPrivilegeValid } from "../../domain/privilege";
import type { OperationContext } from "../operations/context";

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
export function getAccountProfile({ db, caller, now }: OperationContext): Promise<AccountProfile | null> {
  return withTransaction(db, "read", (tx) => readProfile(tx, caller.accountUid, now));
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

/** The regions, in the selector's order: reference data, the same for every caller. */
export function listRegions(db: Db): Promise<Region[]> {
  return withTransaction(db, "read", (tx) => tx.select().from(regions).orderBy(asc(regions.sortOrder)));
}
