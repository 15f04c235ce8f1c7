// Writes to accounts' notification centres. Operations and scheduled jobs call notify() inside their own
// transaction, so a notification exists exactly when the change it reports was committed. What a kind says
// lives in the console's catalog (messages/*.json: "notificationCentre.kinds.<kind>"), filled with the row's params.
import { notifications } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";

/**
 * Every kind of notification, one per thing that happened. Add a kind here and its catalog sentence in
 * both languages (lib/server/notifications/notify.test.ts fails when one is missing).
 */
export const NOTIFICATION_KINDS = [
  // To the partner: what a tenant did.
  "offerAccepted",
  "offerPaid",
  "offerDeclined",
  "offerLapsed",
  "portDisabledByTenant",
  "portDeletedByTenant",
  "privilegeExpiring",
  // To the tenant: what the partner did.
  "offerReceived",
  "vlanChanged",
  "bandwidthChanged",
  "portRecovered",
  "portConfirmed",
  "privilegeResult",
  // Subscription periods (both sides).
  "expiresIn7Days",
  "expiresIn3Days",
  "expiresIn1Day",
  "expired",
  "released",
  "renewed",
  "autoRenewFailed",
  // Alerts.
  "alertFiring",
  "alertResolved",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationInput = {
  accountUid: string;
  kind: NotificationKind;
  resource?: { type: "hosted_connection" | "vbr" | "circuit" | "privilege" | "alert_rule"; id: string };
  /** Values the catalog sentence names, e.g. { name, vlanId }: plain strings and numbers only. */
  params?: Record<string, string | number>;
  at: Date;
};

/** Records one notification per recipient, in the caller's transaction. */
export async function notify(tx: Tx, ...items: NotificationInput[]): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(notifications).values(
    items.map((n) => ({
      accountUid: n.accountUid,
      kind: n.kind,
      resourceType: n.resource?.type ?? null,
      resourceId: n.resource?.id ?? null,
      params: n.params ?? null,
      createdAt: n.at,
    })),
  );
}
