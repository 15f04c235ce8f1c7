import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type AlertRuleCondition,
  type AlertRuleState,
  alertMetricsOf,
  breaches,
  duePeriods,
  evaluatePeriod,
  isEffective,
  statisticOf,
} from "./alerts";
import { isPrivateAddress, checkWebhookUrl } from "./webhook-target";

const RULE: AlertRuleCondition = {
  comparison: "GreaterThanThreshold",
  threshold: 100,
  consecutivePeriods: 2,
  effectiveFrom: "00:00",
  effectiveTo: "23:59",
  muteSeconds: 3600,
};
const START: AlertRuleState = {
  state: "OK",
  breachStreak: 0,
  missingStreak: 0,
  lastNotifiedAt: null,
  alarmNotified: false,
};
const T0 = Date.UTC(2026, 11, 3, 4, 0);
const minute = (n: number) => T0 + n * 60_000;

/** Runs values through evaluatePeriod a minute apart; answers each period's state and notification. */
function run(values: Array<number | undefined>, rule = RULE, from = START) {
  let state = from;
  return values.map((value, i) => {
    const outcome = evaluatePeriod(rule, state, minute(i), value, new Date(minute(i + 3)));
    state = outcome.next;
    return `${state.state}${outcome.notify ? `:${outcome.notify}` : ""}`;
  });
}

describe("evaluatePeriod", () => {
  test("fires after the consecutive periods, and recovers on the first period that does not breach", () => {
    assert.deepEqual(run([150, 50, 150, 150, 150, 50]), [
      "OK",
      "OK",
      "OK",
      "Alarm:firing",
      "Alarm",
      "OK:resolved",
    ]);
  });

  test("a lasting Alarm is notified again once the mute period has passed", () => {
    const rule = { ...RULE, consecutivePeriods: 1, muteSeconds: 300 };
    assert.deepEqual(run([150, 150, 150, 150, 150, 150], rule), [
      "Alarm:firing",
      "Alarm",
      "Alarm",
      "Alarm",
      "Alarm",
      "Alarm:firing",
    ]);
  });

  test("a firing within the mute period after the last one is recorded but not notified, nor is its recovery", () => {
    const rule = { ...RULE, consecutivePeriods: 1 };
    assert.deepEqual(run([150, 50, 150, 50], rule), ["Alarm:firing", "OK:resolved", "Alarm", "OK"]);
  });

  test("periods without data make the rule Insufficient data; data makes it OK again", () => {
    assert.deepEqual(run([undefined, undefined, 50]), ["OK", "InsufficientData", "OK"]);
    assert.deepEqual(run([150, 150, undefined, undefined, 50]), [
      "OK",
      "Alarm:firing",
      "Alarm",
      "InsufficientData",
      "OK:resolved",
    ]);
  });

  test("outside the effective hours nothing counts, and streaks start over", () => {
    // 04:00 UTC is 12:00 in UTC+8; the rule is effective from 12:02.
    const rule = { ...RULE, effectiveFrom: "12:02", effectiveTo: "23:59" };
    assert.deepEqual(run([150, 150, 150, 150], rule), ["OK", "OK", "OK", "Alarm:firing"]);
  });
});

describe("effective hours, due periods, comparisons, metrics", () => {
  test("effective hours are read in UTC+8 and may span midnight", () => {
    assert.equal(isEffective(Date.UTC(2026, 0, 1, 15, 0), "22:00", "06:00"), true, "23:00 in UTC+8");
    assert.equal(isEffective(Date.UTC(2026, 0, 1, 4, 0), "22:00", "06:00"), false, "12:00 in UTC+8");
    assert.equal(isEffective(Date.UTC(2026, 0, 1, 4, 0), "12:00", "12:00"), true);
  });

  test("only whole periods that ended a grace period ago are due, the latest ones after an outage", () => {
    const opts = { graceMs: 120_000, maxPeriods: 3 };
    assert.deepEqual(duePeriods(minute(0), 60, minute(3) + 1, opts), [minute(0)]);
    assert.deepEqual(duePeriods(minute(0), 60, minute(10), opts), [minute(5), minute(6), minute(7)]);
    assert.deepEqual(duePeriods(minute(0), 300, minute(6), opts), []);
  });

  test("comparisons, statistics and the metrics of each resource", () => {
    assert.equal(breaches(100, "GreaterThanOrEqualToThreshold", 100), true);
    assert.equal(breaches(100, "GreaterThanThreshold", 100), false);
    assert.equal(breaches(0, "LessThanThreshold", 1), true);
    assert.equal(statisticOf({ Value: 0, Minimum: 0, Maximum: 1 }, "Average"), 0, "the link's value");
    assert.equal(statisticOf(undefined, "Average"), undefined);
    assert.ok(alertMetricsOf("hostedConnection").includes("PortLinkStatus"));
    assert.ok(alertMetricsOf("vbr").includes("RateOutFromVpcToIDC"));
    assert.ok(!alertMetricsOf("vbr").includes("BytesOutFromVpcToIDC"), "totals have no Average");
    assert.ok(!alertMetricsOf("circuit").includes("PortLinkStatus"));
  });
});

describe("webhook targets", () => {
  test("private, loopback and link-local addresses are refused unless allowed", () => {
    for (const host of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "[::1]",
      "[fd00::1]",
    ]) {
      assert.equal(checkWebhookUrl(`http://${host}/hook`, false).ok, false, host);
      assert.equal(checkWebhookUrl(`http://${host}/hook`, true).ok, true, host);
    }
    assert.equal(checkWebhookUrl("http://localhost:8080/", false).ok, false);
    assert.equal(checkWebhookUrl("https://hooks.example.com/alert", false).ok, true);
    assert.equal(checkWebhookUrl("ftp://hooks.example.com/", true).ok, false);
    assert.equal(checkWebhookUrl("https://user:pw@hooks.example.com/", true).ok, false);
    assert.equal(checkWebhookUrl("not a url", true).ok, false);
    assert.equal(isPrivateAddress("::ffff:127.0.0.1"), true);
    assert.equal(isPrivateAddress("93.184.216.34"), false);
    assert.equal(isPrivateAddress("hooks.example.com"), undefined);
  });
});
