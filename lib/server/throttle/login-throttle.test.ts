import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  accountKey,
  clientAddress,
  DEFAULT_LOGIN_THROTTLE_POLICY,
  LOCAL_ADDRESS,
  LoginThrottle,
  retryAfterMinutes,
  trustedProxyCount,
} from "./login-throttle";

const MINUTE = 60_000;

function clock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function fail(throttle: LoginThrottle, times: number, account: string, address: string) {
  for (let i = 0; i < times; i++) {
    assert.deepEqual(throttle.check(account, address), { allowed: true }, `attempt ${i + 1} is checked`);
    throttle.recordFailure(account, address);
  }
}

describe("login throttle", () => {
  test("the default policy: 5 per account and 20 per address in 15 minutes", () => {
    assert.equal(DEFAULT_LOGIN_THROTTLE_POLICY.windowMs, 15 * MINUTE);
    assert.equal(DEFAULT_LOGIN_THROTTLE_POLICY.maxFailuresPerAccount, 5);
    assert.equal(DEFAULT_LOGIN_THROTTLE_POLICY.maxFailuresPerAddress, 20);
  });

  test("five failures lock the account for the rest of the window, from any address", () => {
    const c = clock();
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, c.now);
    fail(throttle, 5, "acme@tenant.example", "10.0.0.1");
    assert.deepEqual(throttle.check("acme@tenant.example", "10.0.0.1"), {
      allowed: false,
      scope: "account",
      retryAfterMs: 15 * MINUTE,
    });
    assert.equal(throttle.check("acme@tenant.example", "10.9.9.9").allowed, false);
    // Other accounts are not affected.
    assert.deepEqual(throttle.check("globex@tenant.example", "10.0.0.1"), { allowed: true });

    c.advance(10 * MINUTE);
    const verdict = throttle.check("acme@tenant.example", "10.0.0.1");
    assert.equal(verdict.allowed, false);
    assert.equal(!verdict.allowed && verdict.retryAfterMs, 5 * MINUTE);
    assert.equal(!verdict.allowed && retryAfterMinutes(verdict.retryAfterMs), 5);

    c.advance(5 * MINUTE);
    assert.deepEqual(throttle.check("acme@tenant.example", "10.0.0.1"), { allowed: true });
  });

  test("the window slides: the lock lifts when the oldest failure in it expires", () => {
    const c = clock();
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, c.now);
    fail(throttle, 1, "a@x.example", "local");
    c.advance(10 * MINUTE);
    fail(throttle, 4, "a@x.example", "local");
    const verdict = throttle.check("a@x.example", "local");
    assert.equal(!verdict.allowed && verdict.retryAfterMs, 5 * MINUTE);
    c.advance(5 * MINUTE);
    // One more attempt may be made; failing again locks until the next oldest leaves the window.
    fail(throttle, 1, "a@x.example", "local");
    const again = throttle.check("a@x.example", "local");
    assert.equal(!again.allowed && again.retryAfterMs, 10 * MINUTE);
  });

  test("refused attempts are not counted, so the lock does not extend itself", () => {
    const c = clock();
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, c.now);
    fail(throttle, 5, "a@x.example", "local");
    for (let i = 0; i < 100; i++) {
      assert.equal(throttle.check("a@x.example", "local").allowed, false);
      c.advance(1000);
    }
    c.advance(15 * MINUTE - 100_000);
    assert.deepEqual(throttle.check("a@x.example", "local"), { allowed: true });
  });

  test("a successful log-on resets the account's failures but not the address's", () => {
    const c = clock();
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, c.now);
    fail(throttle, 4, "acme@tenant.example", "10.0.0.1");
    throttle.recordSuccess("ACME@tenant.example ");
    fail(throttle, 4, "acme@tenant.example", "10.0.0.1");
    assert.deepEqual(throttle.check("acme@tenant.example", "10.0.0.1"), { allowed: true });
    // 8 failures from the address so far; 12 more across other accounts reach its limit.
    for (let i = 0; i < 12; i++) fail(throttle, 1, `user${i}@x.example`, "10.0.0.1");
    const verdict = throttle.check("fresh@x.example", "10.0.0.1");
    assert.equal(verdict.allowed, false);
    assert.equal(!verdict.allowed && verdict.scope, "address");
    throttle.recordSuccess("acme@tenant.example");
    assert.equal(throttle.check("acme@tenant.example", "10.0.0.1").allowed, false);
    // Another address is unaffected.
    assert.deepEqual(throttle.check("fresh@x.example", "10.0.0.2"), { allowed: true });
  });

  test("the address limit stops spraying one password over many accounts", () => {
    const c = clock();
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, c.now);
    for (let i = 0; i < 20; i++) fail(throttle, 1, `victim${i}@x.example`, "203.0.113.7");
    const verdict = throttle.check("victim20@x.example", "203.0.113.7");
    assert.deepEqual(verdict, { allowed: false, scope: "address", retryAfterMs: 15 * MINUTE });
    c.advance(15 * MINUTE);
    assert.deepEqual(throttle.check("victim20@x.example", "203.0.113.7"), { allowed: true });
  });

  test("unknown and known accounts are counted alike, by normalized email", () => {
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE_POLICY, clock().now);
    fail(throttle, 3, "Nobody@Example.COM", "local");
    fail(throttle, 2, "  nobody@example.com", "local");
    assert.equal(throttle.check("nobody@example.com", "local").allowed, false);
    assert.equal(accountKey(undefined), "");
    assert.equal(accountKey(42), "");
    assert.equal(accountKey("x".repeat(1000)).length, 320);
  });

  test("the reported wait is whole minutes, never zero", () => {
    assert.equal(retryAfterMinutes(1), 1);
    assert.equal(retryAfterMinutes(60_000), 1);
    assert.equal(retryAfterMinutes(60_001), 2);
    assert.equal(retryAfterMinutes(15 * MINUTE), 15);
  });

  test("memory stays bounded: expired keys are swept, then the oldest dropped", () => {
    const c = clock();
    const throttle = new LoginThrottle({ ...DEFAULT_LOGIN_THROTTLE_POLICY, maxKeys: 100 }, c.now);
    for (let i = 0; i < 100; i++) throttle.recordFailure(`old${i}@x.example`, `10.0.0.${i}`);
    c.advance(16 * MINUTE);
    for (let i = 0; i < 50; i++) throttle.recordFailure(`new${i}@x.example`, `10.0.1.${i}`);
    assert.deepEqual(throttle.trackedKeys, { accounts: 50, addresses: 50 });
    for (let i = 0; i < 1000; i++) throttle.recordFailure(`spray${i}@x.example`, "10.0.2.1");
    assert.ok(throttle.trackedKeys.accounts <= 100);
    assert.equal(throttle.trackedKeys.addresses, 51);
  });
});

describe("client address", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  test("without a trusted proxy every client shares the local bucket, whatever it claims", () => {
    assert.equal(clientAddress(headers({ "x-forwarded-for": "198.51.100.1" }), 0), LOCAL_ADDRESS);
    assert.equal(clientAddress(headers({ "x-real-ip": "198.51.100.1" }), 0), LOCAL_ADDRESS);
    assert.equal(clientAddress(headers({}), 0), LOCAL_ADDRESS);
  });

  test("behind one trusted proxy the rightmost X-Forwarded-For entry is the client", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.1" });
    assert.equal(clientAddress(h, 1), "198.51.100.1");
    assert.equal(clientAddress(h, 2), "6.6.6.6");
    assert.equal(clientAddress(headers({ "x-forwarded-for": "::ffff:198.51.100.9" }), 1), "198.51.100.9");
    assert.equal(clientAddress(headers({ "x-forwarded-for": "2001:DB8::1" }), 1), "2001:db8::1");
    assert.equal(clientAddress(headers({ "x-real-ip": "198.51.100.2" }), 1), "198.51.100.2");
    assert.equal(clientAddress(headers({}), 1), LOCAL_ADDRESS);
  });

  test("TRUST_PROXY parsing", () => {
    assert.equal(trustedProxyCount(undefined), 0);
    assert.equal(trustedProxyCount(""), 0);
    assert.equal(trustedProxyCount("0"), 0);
    assert.equal(trustedProxyCount("no"), 0);
    assert.equal(trustedProxyCount("1"), 1);
    assert.equal(trustedProxyCount("true"), 1);
    assert.equal(trustedProxyCount("2"), 2);
    assert.equal(trustedProxyCount("-1"), 0);
  });
});
