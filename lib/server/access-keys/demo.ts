import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accessKeys } from "../../../db/schema";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { withTransaction } from "../../../db/transaction";
import { lockName } from "../operations/locks";
import { insertAccessKey } from "./records";
import { openSecret } from "./secret-box";

export type DemoAccessKey = {
  accountUid: string;
  accountName: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** Made by this call: `npm start` prints a secret only then. */
  created: boolean;
};

/**
 * Gives every demo account that has no AccessKey one, and returns each demo account's first key while it
 * is active, secret included (tests sign with it). Repeatable: later runs return the same keys, and two
 * processes starting on one new PostgreSQL database make one key each, not two (the named lock).
 */
export function ensureDemoAccessKeys(db: Db, now = new Date()): Promise<DemoAccessKey[]> {
  return withTransaction(db, "write", async (tx) => {
    await lockName(tx, "demo-access-keys");
    const out: DemoAccessKey[] = [];
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const owner = { accountUid: account.uid, accountName: account.name };
      const oldest = await first(
        tx
          .select()
          .from(accessKeys)
          .where(eq(accessKeys.accountUid, account.uid))
          .orderBy(asc(accessKeys.createdAt), asc(accessKeys.id))
          .limit(1),
      );
      if (!oldest) {
        const created = await insertAccessKey(tx, account.uid, now);
        out.push({
          ...owner,
          accessKeyId: created.accessKeyId,
          accessKeySecret: created.accessKeySecret,
          created: true,
        });
      } else if (oldest.status === "Active") {
        out.push({
          ...owner,
          accessKeyId: oldest.id,
          accessKeySecret: openSecret(oldest.id, oldest.secretCiphertext),
          created: false,
        });
      }
    }
    return out;
  });
}
