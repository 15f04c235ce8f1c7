// Whether alert webhooks may target loopback and private addresses: ALERT_WEBHOOK_PRIVATE_TARGETS=allow
// (docs/monitoring.md). Tests that run a receiver on 127.0.0.1 allow it for their own process.
import { env } from "../../env";

let allowed = env.ALERT_WEBHOOK_PRIVATE_TARGETS === "allow";

export function privateWebhookTargetsAllowed(): boolean {
  return allowed;
}

/** For tests only: the setting, for this process. */
export function allowPrivateWebhookTargets(allow: boolean): void {
  allowed = allow;
}
