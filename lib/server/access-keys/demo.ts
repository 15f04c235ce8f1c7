import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accessKeys } from "../../../db/schema";
import { DEMO_ACCOUNTS } from "../../../db/seed";
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
 * is active, secret included (tests sign with it). Repeatable: later runs return the same keys.
 */
export function ensureDemoAccessKeys(db: Db, now = new Date()): DemoAccessKey[] {
  return db.transaction((tx) =>
    Object.values(DEMO_ACCOUNTS).flatMap((account): DemoAccessKey[] => {
      const owner = { accountUid: account.uid, accountName: account.name };
      const first = tx
        .select()
        .from(accessKeys)
        .where(eq(accessKeys.accountUid, account.uid))
        .orderBy(asc(accessKeys.createdAt), asc(accessKeys.id))
        .get();
      if (!first) {
        const created = insertAccessKey(tx, account.uid, now);
        return [
          {
            ...owner,
            accessKeyId: created.accessKeyId,
            accessKeySecret: created.accessKeySecret,
            created: true,
          },
        ];
      }
      if (first.status !== "Active") return [];
      return [
        {
          ...owner,
          accessKeyId: first.id,
          accessKeySecret: openSecret(first.id, first.secretCiphertext),
          created: false,
        },
      ];
    }),
  );
}
