import assert from "node:assert/strict";
import { test } from "node:test";
import { checkAccessKeyQuota, MAX_ACCESS_KEYS_PER_ACCOUNT } from "./access-keys";

test("an account may hold two AccessKeys, no more", () => {
  assert.equal(MAX_ACCESS_KEYS_PER_ACCOUNT, 2);
  assert.equal(checkAccessKeyQuota(0).ok, true);
  assert.equal(checkAccessKeyQuota(1).ok, true);
  const third = checkAccessKeyQuota(2);
  assert.equal(third.ok, false);
  assert.equal(!third.ok && third.error.code, "LimitExceeded.User.AccessKey");
});
