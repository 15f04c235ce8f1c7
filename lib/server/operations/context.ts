import type { Db } from "../../../db/client";
import type { Account } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";

export type { Tx };

/** Who calls an operation, as authenticated by the console session or by an API AccessKey. */
export type Caller = {
  accountUid: string;
  userId?: string;
  accessKeyId?: string;
  /** A RAM user acting for `accountUid` under its policy (lib/server/operations/ram.ts checks it). */
  ramUid?: string;
  via: "console" | "api";
};

export type OperationContext = {
  db: Db;
  caller: Caller;
  requestId: string;
  now: Date;
};

/** What an operation body receives: the transaction, the caller's account row, and the context. */
export type Scope = {
  tx: Tx;
  account: Account;
  ctx: OperationContext;
};
