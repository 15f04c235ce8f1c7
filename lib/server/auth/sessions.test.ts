import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { verifyPassword } from "../password";
import {
  endAllConsoleSessions,
  endConsoleSession,
  isConsoleSessionOpen,
  openConsoleSession,
  SESSION_LIFETIME_MS,
} from "./console-sessions";
import { changePassword, confirmPassword } from "./passwords";

const db = await createTestDb();
const NOW = new Date(Date.UTC(2026, 0, 1));
const userOf = async (email: string) => {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  assert.ok(user, email);
  return user;
};
const quick = { now: NOW, sleep: async () => {} };

describe("console sessions", () => {
  test("log out ends one session; log out everywhere ends all of the user's, and only the user's", async () => {
    const acme = await userOf(DEMO_ACCOUNTS.acme.email);
    const globex = await userOf(DEMO_ACCOUNTS.globex.email);
    const laptop = await openConsoleSession(db, acme.id, NOW);
    const phone = await openConsoleSession(db, acme.id, NOW);
    const other = await openConsoleSession(db, globex.id, NOW);
    assert.ok(await isConsoleSessionOpen(db, laptop, acme.id, NOW));
    assert.equal(
      await isConsoleSessionOpen(db, laptop, globex.id, NOW),
      false,
      "a session belongs to its user",
    );
    await endConsoleSession(db, laptop);
    assert.equal(await isConsoleSessionOpen(db, laptop, acme.id, NOW), false);
    assert.ok(await isConsoleSessionOpen(db, phone, acme.id, NOW));
    await endAllConsoleSessions(db, acme.id);
    assert.equal(await isConsoleSessionOpen(db, phone, acme.id, NOW), false);
    assert.ok(await isConsoleSessionOpen(db, other, globex.id, NOW));
  });

  test("a session ends a week after log on, however often it was renewed", async () => {
    const acme = await userOf(DEMO_ACCOUNTS.acme.email);
    const id = await openConsoleSession(db, acme.id, NOW);
    const later = (ms: number) => new Date(NOW.getTime() + ms);
    assert.ok(await isConsoleSessionOpen(db, id, acme.id, later(SESSION_LIFETIME_MS - 1)));
    assert.equal(await isConsoleSessionOpen(db, id, acme.id, later(SESSION_LIFETIME_MS)), false);
  });
});

describe("passwords", () => {
  test("confirming the password: right, wrong, and throttled like a log on", async () => {
    const initech = await userOf(DEMO_ACCOUNTS.initech.email);
    assert.deepEqual(await confirmPassword(db, initech.id, DEMO_PASSWORD, "10.0.0.1", quick), { kind: "ok" });
    for (let i = 0; i < 5; i++) {
      assert.deepEqual(await confirmPassword(db, initech.id, `wrong-${i}`, "10.0.0.1", quick), {
        kind: "wrong",
      });
    }
    assert.equal((await confirmPassword(db, initech.id, DEMO_PASSWORD, "10.0.0.1", quick)).kind, "throttled");
    assert.equal((await confirmPassword(db, initech.id, 42, "10.0.0.2", quick)).kind, "wrong");
  });

  test("a password change needs the current password, and ends every session of the user", async () => {
    const globex = await userOf(DEMO_ACCOUNTS.globex.email);
    const session = await openConsoleSession(db, globex.id, NOW);
    const change = (current: unknown, next: unknown) =>
      changePassword(db, globex.id, { current, next }, "10.0.0.3", quick);
    assert.deepEqual(await change(DEMO_PASSWORD, "short"), { kind: "invalidNewPassword" });
    assert.deepEqual(await change("not-it", "New-passw0rd"), { kind: "wrong" });
    assert.ok(await isConsoleSessionOpen(db, session, globex.id, NOW), "a refused change ends nothing");
    assert.deepEqual(await change(DEMO_PASSWORD, "New-passw0rd"), { kind: "ok" });
    assert.equal(await isConsoleSessionOpen(db, session, globex.id, NOW), false);
    const changed = await userOf(DEMO_ACCOUNTS.globex.email);
    assert.ok(verifyPassword("New-passw0rd", changed.passwordHash));
    assert.equal(verifyPassword(DEMO_PASSWORD, changed.passwordHash), false);
  });
});
