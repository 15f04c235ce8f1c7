// Alert rules end to end with a fixed clock: the operations (who may alert on what), the evaluator job on
// stored traffic (firing, recovering, consecutive periods, insufficient data, effective hours, mute, link
// down), no second firing after a restart, and the signed webhook against a local receiver, with retries.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { alertRules, notifications, trafficSamples, webhookDeliveries } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { isDomainError } from "../../domain/errors";
import { ingestSeries } from "../monitoring/ingest";
import { runOperation } from "../operations/operation";
import { contextFor } from "../operations/test-helpers";
import { deliverWebhooks, MAX_ATTEMPTS } from "./deliver";
import { EVALUATION_GRACE_MS, evaluateAlerts } from "./evaluate";
import {
  createAlertRule,
  deleteAlertRule,
  describeAlerts,
  modifyAlertRule,
  setAlertRuleEnabled,
} from "./operations";
import { allowPrivateWebhookTargets } from "./webhook-policy";

const T0 = Date.UTC(2026, 11, 3, 4, 0);
const minute = (n: number) => new Date(T0 + n * 60_000);
/** When period `n` (a minute) is due: its end plus the grace for late pushes. */
const dueAfter = (n: number) => new Date(T0 + (n + 1) * 60_000 + EVALUATION_GRACE_MS);
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const acme: string = DEMO_ACCOUNTS.acme.uid;
const unicom = DEMO_ACCOUNTS.unicom.uid;
const globex = DEMO_ACCOUNTS.globex.uid;
/** 200 Mbit/s for a minute, in bytes. */
const FAST = 1_500_000_000;
const SLOW = 75_000_000;

const RULE = {
  name: "inbound over 100M",
  metric: "RateInFromIDC",
  statistic: "Average",
  comparison: "GreaterThanThreshold",
  threshold: 100_000_000,
  consecutivePeriods: 2,
  muteSeconds: 3600,
} as const;

async function create(db: Db, who: string, input: Record<string, unknown>, at = minute(0)) {
  return runOperation(createAlertRule, contextFor(db, who, at), {
    resourceType: "hostedConnection",
    resourceId: PORT,
    ...RULE,
    ...input,
  });
}

/** Stores one raw minute of the instance, as the ingest would have. */
async function traffic(db: Db, instanceId: string, n: number, bytesIn: number) {
  await withTransaction(db, "write", (tx) =>
    tx.insert(trafficSamples).values({ instanceId, resolutionSeconds: 60, bucketStart: minute(n), bytesIn }),
  );
}

async function consoleNotices(db: Db, uid = acme) {
  const rows = await withTransaction(db, "read", (tx) =>
    tx.select().from(notifications).where(eq(notifications.accountUid, uid)).orderBy(notifications.id),
  );
  return rows.filter((r) => r.kind.startsWith("alert")).map((r) => r.kind);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.key;
    throw error;
  }
  return "ok";
}

describe("alert rule operations", () => {
  test("only the resource's owner side may alert on it, and sees only its own rules", async () => {
    const db = await createTestDb({ now: minute(0) });
    assert.ok((await create(db, acme, {})).webhookSecret.startsWith("whsec_"));
    assert.ok(await create(db, unicom, {}), "the partner, on a port on its circuit");
    const circuit = { resourceType: "circuit", resourceId: DEMO_CIRCUITS.unicomHz01 };
    assert.ok(await create(db, unicom, circuit));
    assert.equal(await refusal(create(db, acme, circuit)), "ResourceNotFound");
    assert.equal(await refusal(create(db, globex, {})), "ResourceNotFound");
    const vbr = { resourceType: "vbr", resourceId: DEMO_VBRS.acmeVbrProd, metric: "RateInFromIDCToVpc" };
    assert.ok(await create(db, acme, vbr));
    assert.equal(await refusal(create(db, unicom, vbr)), "ResourceNotFound");
    assert.equal(await refusal(create(db, acme, { metric: "RateInFromIDCToVpc" })), "InvalidParameter");
    const seen = await runOperation(describeAlerts, contextFor(db, acme, minute(0)), {
      resourceType: "hostedConnection",
      resourceId: PORT,
    });
    assert.equal(seen.items.length, 1, "Acme sees its rule, not China Unicom's on the same port");
    assert.ok(!JSON.stringify(seen).includes("whsec_"), "the secret is shown once, at creation");
  });

  test("webhook URLs: http(s) only, and no private address unless the setting allows it", async () => {
    const db = await createTestDb({ now: minute(0) });
    allowPrivateWebhookTargets(false);
    for (const url of [
      "http://127.0.0.1:9000/",
      "http://10.0.0.8/hook",
      "http://localhost/",
      "file:///etc/passwd",
    ]) {
      assert.equal(
        await refusal(create(db, acme, { webhookUrls: [url] })),
        "InvalidParameter#WebhookUrl",
        url,
      );
    }
    assert.ok(await create(db, acme, { webhookUrls: ["https://hooks.example.com/alerts"] }));
    allowPrivateWebhookTargets(true);
    assert.ok(await create(db, acme, { webhookUrls: ["http://127.0.0.1:9000/"] }));
    allowPrivateWebhookTargets(false);
  });

  test("modify, disable, enable and delete act on the caller's own rule only", async () => {
    const db = await createTestDb({ now: minute(0) });
    const { alertRuleId } = await create(db, acme, {});
    const ctx = (who: string) => contextFor(db, who, minute(1));
    assert.equal(
      await refusal(runOperation(modifyAlertRule, ctx(globex), { alertRuleId, ...RULE, threshold: 1 })),
      "ResourceNotFound",
    );
    await runOperation(modifyAlertRule, ctx(acme), { alertRuleId, ...RULE, threshold: 1 });
    assert.equal(
      await refusal(runOperation(setAlertRuleEnabled, ctx(unicom), { alertRuleId, enabled: false })),
      "ResourceNotFound",
    );
    await runOperation(setAlertRuleEnabled, ctx(acme), { alertRuleId, enabled: false });
    const [rule] = await withTransaction(db, "read", (tx) => tx.select().from(alertRules));
    assert.equal(rule?.threshold, 1);
    assert.equal(rule?.enabled, false);
    assert.equal(
      await refusal(runOperation(deleteAlertRule, ctx(globex), { alertRuleId })),
      "ResourceNotFound",
    );
    await runOperation(deleteAlertRule, ctx(acme), { alertRuleId });
    assert.equal((await withTransaction(db, "read", (tx) => tx.select().from(alertRules))).length, 0);
  });
});

describe("the evaluator, with a fixed clock", () => {
  test("fires after the consecutive periods and recovers, notifying the console once each", async () => {
    const db = await createTestDb({ now: minute(0) });
    const { alertRuleId } = await create(db, acme, {});
    const values = [SLOW, FAST, SLOW, FAST, FAST, FAST, SLOW];
    for (const [n, bytes] of values.entries()) {
      await traffic(db, PORT, n, bytes);
      await evaluateAlerts(db, dueAfter(n));
    }
    const seen = await runOperation(describeAlerts, contextFor(db, acme, dueAfter(6)), {
      resourceType: "hostedConnection",
      resourceId: PORT,
    });
    assert.equal(seen.items[0]?.state, "OK");
    assert.equal(seen.items[0]?.id, alertRuleId);
    assert.deepEqual(seen.history.map((h) => [h.fromState, h.toState, h.periodStart, h.value]).reverse(), [
      ["InsufficientData", "OK", minute(0).toISOString(), 10_000_000],
      ["OK", "Alarm", minute(4).toISOString(), 200_000_000],
      ["Alarm", "OK", minute(6).toISOString(), 10_000_000],
    ]);
    assert.deepEqual(await consoleNotices(db), ["alertFiring", "alertResolved"]);
  });

  test("no data for the consecutive periods is Insufficient data; no double firing after a restart", async () => {
    const db = await createTestDb({ now: minute(0) });
    await create(db, acme, { consecutivePeriods: 1 });
    await traffic(db, PORT, 0, FAST);
    await evaluateAlerts(db, dueAfter(0));
    // A restarted process (or a second one) runs the same job at the same and a later time.
    await evaluateAlerts(db, dueAfter(0));
    await Promise.all([evaluateAlerts(db, dueAfter(0)), evaluateAlerts(db, dueAfter(0))]);
    assert.deepEqual(await consoleNotices(db), ["alertFiring"]);
    await evaluateAlerts(db, dueAfter(1));
    const [rule] = await withTransaction(db, "read", (tx) => tx.select().from(alertRules));
    assert.equal(rule?.state, "InsufficientData", "minute 1 reported nothing");
    assert.equal(rule?.evaluatedUntil.getTime(), minute(2).getTime());
    assert.deepEqual(await consoleNotices(db), ["alertFiring"]);
  });

  test("the mute period holds back a repeat firing; outside the effective hours nothing fires", async () => {
    const db = await createTestDb({ now: minute(0) });
    await create(db, acme, { consecutivePeriods: 1, muteSeconds: 300 });
    // 04:00 UTC is 12:00 in UTC+8: this rule is effective only in the evening.
    await create(db, acme, {
      consecutivePeriods: 1,
      effectiveFrom: "18:00",
      effectiveTo: "23:59",
      name: "evening",
    });
    for (let n = 0; n < 8; n++) await traffic(db, PORT, n, FAST);
    for (let n = 0; n < 8; n++) await evaluateAlerts(db, dueAfter(n));
    // Fired when minute 0 was evaluated, reminded 5 minutes later, held back in between.
    assert.deepEqual(await consoleNotices(db), ["alertFiring", "alertFiring"]);
    const rules = await withTransaction(db, "read", (tx) => tx.select().from(alertRules));
    assert.equal(
      rules.find((r) => r.name === "evening")?.state,
      "InsufficientData",
      "no period in its hours yet",
    );
  });

  test("link down is an alert: pushed ifOperStatus down fires PortLinkStatus, up resolves it", async () => {
    const db = await createTestDb({ now: minute(0) });
    await create(db, unicom, {
      name: "link down",
      metric: "PortLinkStatus",
      statistic: "Minimum",
      comparison: "LessThanThreshold",
      threshold: 1,
      consecutivePeriods: 1,
    });
    for (const [n, status] of [1, 2, 1].entries()) {
      await ingestSeries(
        db,
        unicom,
        [
          {
            labels: { __name__: "ifOperStatus", instance_id: PORT },
            samples: [{ timestampMs: T0 + n * 60_000 + 30_000, value: status }],
          },
        ],
        minute(n + 1),
      );
      await evaluateAlerts(db, dueAfter(n));
    }
    assert.deepEqual(await consoleNotices(db, unicom), ["alertFiring", "alertResolved"]);
  });

  test("a circuit's rule reads the sum of its shared ports", async () => {
    const db = await createTestDb({ now: minute(0) });
    await create(db, unicom, {
      resourceType: "circuit",
      resourceId: DEMO_CIRCUITS.unicomHz01,
      threshold: 150_000_000,
      consecutivePeriods: 1,
    });
    // 100 Mbit/s on each of two ports: 200 Mbit/s on the circuit.
    await traffic(db, PORT, 0, FAST / 2);
    await traffic(db, DEMO_HOSTED_CONNECTIONS.globexOffer, 0, FAST / 2);
    await evaluateAlerts(db, dueAfter(0));
    assert.deepEqual(await consoleNotices(db, unicom), ["alertFiring"]);
  });
});

describe("signed webhooks", () => {
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  let failuresLeft = 0;
  let url = "";
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = failuresLeft-- > 0 ? 503 : 204;
      response.end();
    });
  });
  before(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/alerts`;
    allowPrivateWebhookTargets(true);
  });
  after(() => {
    allowPrivateWebhookTargets(false);
    receiver.close();
  });

  test("a firing posts JSON signed with the rule's secret; a failed post is retried with backoff", async () => {
    const db = await createTestDb({ now: minute(0) });
    const { webhookSecret } = await create(db, acme, { consecutivePeriods: 1, webhookUrls: [url] });
    await traffic(db, PORT, 0, FAST);
    await evaluateAlerts(db, dueAfter(0));
    failuresLeft = 1;
    await deliverWebhooks(db, dueAfter(0));
    const [failed] = await withTransaction(db, "read", (tx) => tx.select().from(webhookDeliveries));
    assert.equal(failed?.status, "pending");
    assert.equal(failed?.lastResponseStatus, 503);
    assert.equal(failed?.nextAttemptAt.getTime(), dueAfter(0).getTime() + 30_000, "retried 30 s later");
    await deliverWebhooks(db, new Date(dueAfter(0).getTime() + 10_000));
    assert.equal(received.length, 1, "not before its backoff");
    await deliverWebhooks(db, new Date(dueAfter(0).getTime() + 30_000));
    assert.equal(received.length, 2);

    for (const { headers, body } of received) {
      const timestamp = String(headers["x-hostedconnect-timestamp"]);
      // The receiver's check, as docs/monitoring.md shows it, with the secret shown at creation.
      const expected = `sha256=${createHmac("sha256", webhookSecret).update(`${timestamp}.${body}`).digest("hex")}`;
      assert.equal(headers["x-hostedconnect-signature"], expected);
      assert.equal(headers["content-type"], "application/json");
    }
    const payload = JSON.parse(received[1]?.body ?? "{}");
    assert.equal(payload.event, "alertFiring");
    assert.equal(payload.resourceId, PORT);
    assert.equal(payload.value, 200_000_000);
    assert.equal(payload.state, "Alarm");

    const log = await runOperation(describeAlerts, contextFor(db, acme, dueAfter(1)), {
      resourceType: "hostedConnection",
      resourceId: PORT,
    });
    assert.deepEqual(
      log.deliveries.map((d) => [d.event, d.status, d.attempts, d.lastResponseStatus]),
      [["alertFiring", "delivered", 2, 204]],
    );
    const partnerView = await runOperation(describeAlerts, contextFor(db, unicom, dueAfter(1)), {
      resourceType: "hostedConnection",
      resourceId: PORT,
    });
    assert.equal(partnerView.deliveries.length, 0, "the log is the rule owner's alone");
  });

  test("a target that keeps failing stops after the last attempt; a private one is not posted unless allowed", async () => {
    const db = await createTestDb({ now: minute(0) });
    await create(db, acme, { consecutivePeriods: 1, webhookUrls: [url] });
    await traffic(db, PORT, 0, FAST);
    await evaluateAlerts(db, dueAfter(0));
    failuresLeft = 100;
    const before = received.length;
    let at = dueAfter(0).getTime();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverWebhooks(db, new Date(at));
      at += 3 * 3_600_000;
    }
    failuresLeft = 0;
    assert.equal(received.length - before, MAX_ATTEMPTS);
    const [failed] = await withTransaction(db, "read", (tx) => tx.select().from(webhookDeliveries));
    assert.equal(failed?.status, "failed");

    await withTransaction(db, "write", (tx) =>
      tx.update(webhookDeliveries).set({ status: "pending", attempts: 0, nextAttemptAt: new Date(at) }),
    );
    allowPrivateWebhookTargets(false);
    await deliverWebhooks(db, new Date(at));
    allowPrivateWebhookTargets(true);
    const [blocked] = await withTransaction(db, "read", (tx) => tx.select().from(webhookDeliveries));
    assert.equal(blocked?.status, "failed");
    assert.match(blocked?.lastError ?? "", /private address/);
    assert.equal(received.length - before, MAX_ATTEMPTS, "nothing was posted to it");
  });
});
