import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { createSharedTestDbs, createTestDb } from "../../../db/test/test-db";
import { type CheckOptions, throttledPasswordCheck } from "./index";

const MINUTE = 60_000;
const START = Date.UTC(2026, 0, 1);
const ATTACKER = "203.0.113.7";
const OWNER = "198.51.100.20";
const VICTIM = "acme@tenant.example";

/** A clock the tests move, and a sleep that records the delays instead of waiting them. */
async function setup(given?: Db) {
  const db = given ?? (await createTestDb({ seed: false }));
  let now = START;
  const delays: number[] = [];
  const options = (): CheckOptions => ({
    now: new Date(now),
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
  const attempt = (email: string, address: string, right: boolean) =>
    throttledPasswordCheck(db, { email, address }, () => right, options());
  return { db, attempt, delays, advance: (ms: number) => (now += ms) };
}

describe("log-on throttling", () => {
  test("an attacker's failures from one address cannot lock the owner out: the right password still gets in", async () => {
    const { attempt, delays } = await setup();
    const results = [];
    for (let i = 0; i < 20; i++) results.push((await attempt(VICTIM, ATTACKER, false)).kind);
    assert.deepEqual(results.slice(0, 5), ["wrong", "wrong", "wrong", "wrong", "wrong"]);
    assert.ok(
      results.slice(5).every((kind) => kind === "throttled"),
      "the attacker is locked out of the account",
    );
    delays.length = 0;
    assert.deepEqual(await attempt(VICTIM, OWNER, true), { kind: "ok" });
    assert.deepEqual(delays, [250], "only a short delay");
  });

  test("failures from many addresses slow the account down, never lock it", async () => {
    const { attempt, delays } = await setup();
    for (let i = 0; i < 40; i++) assert.equal((await attempt(VICTIM, `203.0.113.${i}`, false)).kind, "wrong");
    assert.deepEqual(delays.slice(0, 6), [250, 500, 1000, 2000, 4000, 5000]);
    assert.ok(delays.every((ms) => ms <= 5000));
    assert.deepEqual(await attempt(VICTIM, OWNER, true), { kind: "ok" });
  });

  test("five failures lock that address out of that account for the window; other accounts are not affected", async () => {
    const { attempt, advance } = await setup();
    for (let i = 0; i < 5; i++) await attempt(VICTIM, ATTACKER, false);
    assert.deepEqual(await attempt(VICTIM, ATTACKER, true), { kind: "throttled", retryAfterMinutes: 15 });
    assert.equal((await attempt("globex@tenant.example", ATTACKER, true)).kind, "ok");
    advance(10 * MINUTE);
    assert.deepEqual(await attempt(VICTIM, ATTACKER, true), { kind: "throttled", retryAfterMinutes: 5 });
    advance(5 * MINUTE);
    assert.equal((await attempt(VICTIM, ATTACKER, true)).kind, "ok");
  });

  test("twenty failures across accounts lock the address out, not the accounts", async () => {
    const { attempt } = await setup();
    for (let i = 0; i < 20; i++) await attempt(`victim${i}@x.example`, ATTACKER, false);
    assert.equal((await attempt("victim20@x.example", ATTACKER, false)).kind, "throttled");
    assert.equal((await attempt("victim0@x.example", OWNER, true)).kind, "ok");
  });

  test("refused attempts are not counted, so a lock does not extend itself", async () => {
    const { attempt, advance } = await setup();
    for (let i = 0; i < 5; i++) await attempt(VICTIM, ATTACKER, false);
    for (let i = 0; i < 100; i++) {
      assert.equal((await attempt(VICTIM, ATTACKER, false)).kind, "throttled");
      advance(1000);
    }
    advance(15 * MINUTE - 100_000);
    assert.equal((await attempt(VICTIM, ATTACKER, true)).kind, "ok");
  });

  test("a success forgives the account's failures from that address, not the address's", async () => {
    const { attempt } = await setup();
    for (let i = 0; i < 4; i++) await attempt(VICTIM, OWNER, false);
    assert.equal((await attempt(VICTIM, OWNER, true)).kind, "ok");
    for (let i = 0; i < 4; i++) assert.equal((await attempt(VICTIM, OWNER, false)).kind, "wrong");
    // 8 failures from the address so far; 12 more across other accounts reach its limit.
    for (let i = 0; i < 12; i++) await attempt(`user${i}@x.example`, OWNER, false);
    assert.equal((await attempt("fresh@x.example", OWNER, true)).kind, "throttled");
  });

  test("concurrent attempts all count: at most five wrong guesses get checked", async () => {
    const { attempt } = await setup();
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(VICTIM, ATTACKER, false)));
    assert.ok(results.filter((r) => r.kind === "wrong").length <= 5, JSON.stringify(results));
  });

  test("every server process sees the same counts: they live in the database", async () => {
    const {
      dbs: [first, second],
      close,
    } = await createSharedTestDbs({ seed: false });
    try {
      const one = await setup(first);
      const two = await setup(second);
      for (let i = 0; i < 5; i++) await one.attempt(VICTIM, ATTACKER, false);
      assert.equal((await two.attempt(VICTIM, ATTACKER, true)).kind, "throttled");
    } finally {
      await close();
    }
  });
});
