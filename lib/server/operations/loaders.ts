// Fetch-or-throw helpers: every operation loads the rows it touches through these, scoped to the caller.
import { and, eq } from "drizzle-orm";
import { accounts, regions } from "../../../db/schema";
import type { Account, Region } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import type { Caller, Tx } from "./context";

export function loadCallerAccount(tx: Tx, caller: Caller): Account {
  const account = tx.select().from(accounts).where(eq(accounts.uid, caller.accountUid)).get();
  if (!account) throw domainError("Forbidden");
  // RAM users get no permissions in this console: every action needs the primary account.
  if (account.type === "ram") throw domainError("Forbidden.RAM");
  return account;
}

export function loadRegion(tx: Tx, regionId: string): Region {
  const region = tx
    .select()
    .from(regions)
    .where(and(eq(regions.id, regionId)))
    .get();
  if (!region) throw domainError("InvalidRegionId.NotFound", { field: "RegionId" });
  return region;
}
