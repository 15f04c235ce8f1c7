// The signed webhook an alert rule posts: its JSON body and headers (docs/monitoring.md documents both,
// with a receiver's verification).
import { createHmac } from "node:crypto";
import type { AlertState } from "../../domain/alerts";

const SIGNATURE_HEADER = "X-HostedConnect-Signature";
const TIMESTAMP_HEADER = "X-HostedConnect-Timestamp";
const DELIVERY_HEADER = "X-HostedConnect-Delivery";

export type AlertEvent = "alertFiring" | "alertResolved";

export type WebhookPayload = {
  event: AlertEvent;
  alertRuleId: string;
  ruleName: string;
  resourceType: string;
  resourceId: string;
  metric: string;
  statistic: string;
  comparison: string;
  threshold: number;
  /** The period's value; null when the rule recovered from Insufficient data without one. */
  value: number | null;
  state: AlertState;
  periodStart: string;
  periodSeconds: number;
  at: string;
};

/** Hex HMAC-SHA256 of `timestamp + "." + body` under the rule's secret. */
function webhookSignature(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The headers of one attempt: the timestamp (Unix seconds) is the attempt's, so a retry signs afresh. */
export function webhookHeaders(
  secret: string,
  body: string,
  deliveryId: number,
  at: Date,
): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    "Content-Type": "application/json",
    "User-Agent": "HostedConnect-Alerts/1",
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: `sha256=${webhookSignature(secret, timestamp, body)}`,
    [DELIVERY_HEADER]: String(deliveryId),
  };
}
