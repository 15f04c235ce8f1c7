import type { Db } from "../../../db/client";
import { newRequestId } from "../ids";
import type { OperationContext } from "./context";

export function contextFor(db: Db, accountUid: string, now = new Date()): OperationContext {
  return { db, caller: { accountUid, via: "console" }, requestId: newRequestId(), now };
}
