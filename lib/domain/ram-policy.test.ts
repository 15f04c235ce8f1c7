import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRamPolicy } from "./ram-policy";

test("ReadOnly reads only, FullAccess reads and writes, no policy nothing", () => {
  assert.equal(checkRamPolicy({ policy: "ReadOnly", kind: "read" }).ok, true);
  const write = checkRamPolicy({ policy: "ReadOnly", kind: "write" });
  assert.equal(write.ok, false);
  assert.equal(!write.ok && write.error.code, "Forbidden.RAM");
  assert.equal(checkRamPolicy({ policy: "FullAccess", kind: "write" }).ok, true);
  assert.equal(checkRamPolicy({ policy: null, kind: "read" }).ok, false);
});
