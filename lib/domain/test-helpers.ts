import assert from "node:assert/strict";
import { isDomainError } from "./errors";
import type { Verdict } from "./verdict";

// Shared by the colocated tests: assert that fn throws a DomainError with this catalog key (and field).
export function assertThrowsKey(fn: () => unknown, key: string, field?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isDomainError(e), "expected a DomainError");
    assert.equal(e.key, key);
    if (field !== undefined) assert.equal(e.field, field);
    return true;
  });
}

/** A rule's verdict: "allowed", or refused with this catalog key (and field). */
export function assertVerdict(verdict: Verdict<unknown>, expected: "allowed" | string, field?: string): void {
  if (expected === "allowed") {
    assert.equal(verdict.ok, true, verdict.ok ? "" : `refused with ${verdict.error.key}`);
    return;
  }
  assert.equal(verdict.ok, false, `expected a refusal with ${expected}`);
  if (verdict.ok) return;
  assert.equal(verdict.error.key, expected);
  if (field !== undefined) assert.equal(verdict.error.field, field);
}
