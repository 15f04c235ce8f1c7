import assert from "node:assert/strict";
import { test } from "node:test";
import { hashPassword, verifyPassword } from "./password";

test("a hashed password verifies and is never stored plain", () => {
  const stored = hashPassword("Demo1234!");
  assert.ok(!stored.includes("Demo1234!"));
  assert.equal(verifyPassword("Demo1234!", stored), true);
  assert.equal(verifyPassword("Demo1234?", stored), false);
});

test("two hashes of one password differ by their salt", () => {
  assert.notEqual(hashPassword("Demo1234!"), hashPassword("Demo1234!"));
});

test("a malformed stored hash never verifies", () => {
  assert.equal(verifyPassword("x", "plain"), false);
});
