import assert from "node:assert/strict";
import { isDomainError } from "./errors";

// Shared by the colocated tests: assert that fn throws a DomainError with this catalog key (and field).
export function assertThrowsKey(fn: () => unknown, key: string, field?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isDomainError(e), "expected a DomainError");
    assert.equal(e.key, key);
    if (field !== undefined) assert.equal(e.field, field);
    return true;
  });
}
