// The one RAM check of the operation layer: a RAM user acts for its primary account only while it is
// that account's RAM user, is not disabled, and its policy allows the operation's kind.
import { eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { type Account, accounts } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { checkRamPolicy } from "../../domain/ram-policy";
import { unwrap } from "../../domain/verdict";
import type { Caller, Tx } from "./context";

export async function checkRamCaller(
  tx: Tx,
  caller: Caller,
  account: Account,
  kind: "read" | "write",
): Promise<void> {
  if (caller.ramUid === undefined) return;
  const ram = await first(tx.select().from(accounts).where(eq(accounts.uid, caller.ramUid)));
  if (!ram || ram.type !== "ram" || ram.parentUid !== account.uid || ram.disabledAt) {
    throw domainError("Forbidden.RAM");
  }
  unwrap(checkRamPolicy({ policy: ram.ramPolicy, kind }));
}
