import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { accountKey, type FailureHistory, LOG_ON_POLICY, logOnVerdict, retryAfterMinutes } from "./policy";

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 0, 1);
const ago = (...minutes: number[]) => minutes.map((m) => NOW - m * MINUTE);
const none: FailureHistory = { accountAndAddress: [], address: [], accountCount: 0 };

describe("log-on policy", () => {
  test("5 failures per account and address, 20 per address, in 15 minutes; then 250 ms doubling to 5 s", () => {
    assert.deepEqual(LOG_ON_POLICY, {
      windowMs: 15 * MINUTE,
      maxFailuresPerAccountAndAddress: 5,
      maxFailuresPerAddress: 20,
      delayAfterAccountFailures: 5,
      firstDelayMs: 250,
      maxDelayMs: 5000,
    });
  });

  test("five failures for an account from one address lock that address out of it until the oldest expires", () => {
    const history = { accountAndAddress: ago(10, 4, 3, 2, 1), address: ago(10, 4, 3, 2, 1), accountCount: 5 };
    assert.deepEqual(logOnVerdict(history, NOW), {
      allowed: false,
      scope: "account",
      retryAfterMs: 5 * MINUTE,
    });
    const oldestGone = ago(4, 3, 2, 1);
    assert.deepEqual(
      logOnVerdict({ accountAndAddress: oldestGone, address: oldestGone, accountCount: 4 }, NOW),
      {
        allowed: true,
        delayMs: 0,
      },
    );
  });

  test("the account's failures from elsewhere never lock out the right address: they only slow it down", () => {
    const attacked = (accountCount: number) => logOnVerdict({ ...none, accountCount }, NOW);
    assert.deepEqual(attacked(4), { allowed: true, delayMs: 0 });
    assert.deepEqual(attacked(5), { allowed: true, delayMs: 250 });
    assert.deepEqual(attacked(6), { allowed: true, delayMs: 500 });
    assert.deepEqual(attacked(9), { allowed: true, delayMs: 4000 });
    assert.deepEqual(attacked(10), { allowed: true, delayMs: 5000 });
    assert.deepEqual(attacked(10_000), { allowed: true, delayMs: 5000 });
  });

  test("twenty failures from one address across accounts lock the address out", () => {
    const address = Array.from({ length: 20 }, (_, i) => NOW - (14 - i * 0.5) * MINUTE);
    const verdict = logOnVerdict({ ...none, address }, NOW);
    assert.equal(verdict.allowed, false);
    assert.equal(!verdict.allowed && verdict.scope, "address");
    assert.equal(!verdict.allowed && verdict.retryAfterMs, 1 * MINUTE);
  });

  test("failures older than the window do not count", () => {
    const old = ago(16, 17, 18, 19, 20);
    assert.deepEqual(logOnVerdict({ accountAndAddress: old, address: old, accountCount: 0 }, NOW), {
      allowed: true,
      delayMs: 0,
    });
  });

  test("accounts are named by normalized email; waits are whole minutes, never zero", () => {
    assert.equal(accountKey("  Acme@Tenant.EXAMPLE "), "acme@tenant.example");
    assert.equal(accountKey(undefined), "");
    assert.equal(accountKey(42), "");
    assert.equal(accountKey("x".repeat(1000)).length, 320);
    assert.equal(retryAfterMinutes(1), 1);
    assert.equal(retryAfterMinutes(60_001), 2);
    assert.equal(retryAfterMinutes(15 * MINUTE), 15);
  });
});
