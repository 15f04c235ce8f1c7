import assert from "node:assert/strict";
import { test } from "node:test";
import { assertAccessKeyQuota, MAX_ACCESS_KEYS_PER_ACCOUNT } from "./access-keys";
import { isDomainError } from "./errors";

test("an account may hold two AccessKeys, no more", () => {
  assert.equal(MAX_ACCESS_KEYS_PER_ACCOUNT, 2);
  assertAccessKeyQuota(0);
  assertAccessKeyQuota(1);
  assert.throws(
    () => assertAccessKeyQuota(2),
    (error) => isDomainError(error) && error.code === "LimitExceeded.User.AccessKey",
  );
});
