// Every scheduled job, in the order a tick runs them. A new job is added here and nowhere else.
import { withTransaction } from "../../../db/transaction";
import { deliverWebhooks } from "../alerts/deliver";
import { evaluateAlerts } from "../alerts/evaluate";
import { meterOutboundTransfer } from "../monitoring/outbound-metering";
import { pruneTraffic, rollUpTraffic } from "../monitoring/rollup";
import { notifyExpiringPrivileges } from "../notifications/privilege-expiry";
import { lapseOffers } from "../offers/lapse-offers";
import { settleDue } from "../operations/settle";
import { advanceSubscriptions } from "../operations/subscription-lifecycle";
import type { Job } from "./job";

/** Intermediate statuses settle on time even when no operation runs to settle them first. */
const settle: Job = {
  name: "settle-intermediate-statuses",
  everyMs: 5_000,
  run: (db, now) => withTransaction(db, "write", (tx) => settleDue(tx, now)),
};

/** Pushed traffic minutes fold into the 5-minute and hourly rollups (docs/monitoring.md). */
const rollUp: Job = { name: "roll-up-traffic", everyMs: 60_000, run: rollUpTraffic };

/** Traffic buckets past their retention go; after the rollup, which must see a raw minute first. */
const prune: Job = { name: "prune-traffic", everyMs: 10 * 60_000, run: pruneTraffic };

/** Closed months' outbound data transfer is billed to each shared port's tenant, from the hourly rollups. */
const meter: Job = { name: "meter-outbound-transfer", everyMs: 60 * 60_000, run: meterOutboundTransfer };

/** Offers still unaccepted at their expiry lapse, freeing their VLAN and bandwidth. */
const lapse: Job = {
  name: "lapse-offers",
  everyMs: 60_000,
  run: async (db, now) => {
    await lapseOffers(db, now);
  },
};

/** Partners hear a few hours ahead that their privilege ends. */
const privilegeExpiry: Job = {
  name: "notify-expiring-privileges",
  everyMs: 60_000,
  run: notifyExpiringPrivileges,
};

/** Alert rules evaluate their finished periods; each period once, whatever restarts (lib/server/alerts). */
const evaluateAlertRules: Job = { name: "evaluate-alerts", everyMs: 60_000, run: evaluateAlerts };

/** Queued alert webhooks are posted, and failed ones retried with backoff, outside any request. */
const deliverAlertWebhooks: Job = { name: "deliver-alert-webhooks", everyMs: 10_000, run: deliverWebhooks };

/** Paid periods move on: expiry notices, auto-renewal or the lock at expiry, release after the grace period. */
const subscriptions: Job = { name: "advance-subscriptions", everyMs: 60_000, run: advanceSubscriptions };

export const JOBS: readonly Job[] = [
  settle,
  rollUp,
  meter,
  prune,
  evaluateAlertRules,
  deliverAlertWebhooks,
  subscriptions,
  lapse,
  privilegeExpiry,
];
