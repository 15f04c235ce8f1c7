import type { Account } from "../../../db/schema";
import type { Caller } from "../operations/context";

/** Whose AccessKeys the caller manages: a RAM user its own, whose calls then carry its policy. */
export function keyOwner(account: Account, caller: Caller): string {
  return caller.ramUid ?? account.uid;
}
