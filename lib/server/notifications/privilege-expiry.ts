// Partners hear before their hosted-connection privilege ends, once per granted window.
import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { accounts, notifications } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { PRIVILEGE_QUOTA_ID, PRIVILEGE_WARNING_MS, privilegeExpiresSoon } from "../../domain/privilege";
import { notify } from "./notify";

/** Notifies each partner whose privilege ends within the warning time and was not told in this window. */
export async function notifyExpiringPrivileges(db: Db, now: Date): Promise<void> {
  await withTransaction(db, "write", async (tx) => {
    const soon = await tx
      .select()
      .from(accounts)
      .where(
        and(
          eq(accounts.isPartner, true),
          isNotNull(accounts.privilegeValidUntil),
          gte(accounts.privilegeValidUntil, now),
          lte(accounts.privilegeValidUntil, new Date(now.getTime() + PRIVILEGE_WARNING_MS)),
        ),
      );
    for (const account of soon) {
      const grant = { validFrom: account.privilegeValidFrom, validUntil: account.privilegeValidUntil };
      if (!privilegeExpiresSoon(grant, now) || !account.privilegeValidUntil) continue;
      const told = await first(
        tx
          .select({ id: notifications.id })
          .from(notifications)
          .where(
            and(
              eq(notifications.accountUid, account.uid),
              eq(notifications.kind, "privilegeExpiring"),
              gte(notifications.createdAt, account.privilegeValidFrom ?? new Date(0)),
            ),
          )
          .limit(1),
      );
      if (told) continue;
      await notify(tx, {
        accountUid: account.uid,
        kind: "privilegeExpiring",
        resource: { type: "privilege", id: PRIVILEGE_QUOTA_ID },
        params: { quota: PRIVILEGE_QUOTA_ID, date: account.privilegeValidUntil.toISOString() },
        at: now,
      });
    }
  });
}
