import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accounts, regions, resourceGroups } from "../../../db/schema";
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
export function getAccountProfile({ db, caller, now }: OperationContext): AccountProfile | null {
  const uid = caller.accountUid;
  const account = db.select().from(accounts).where(eq(accounts.uid, uid)).get();
  if (!account) return null;
  const groups = db
    .select({ id: resourceGroups.id, name: resourceGroups.name, isDefault: resourceGroups.isDefault })
    .from(resourceGroups)
    .where(eq(resourceGroups.accountUid, uid))
    .orderBy(desc(resourceGroups.isDefault), asc(resourceGroups.name))
    .all();
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
export function listRegions(db: Db) {
  return db.select().from(regions).orderBy(asc(regions.sortOrder)).all();
}
