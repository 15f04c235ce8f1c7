import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAdminArgs } from "./admin-args";

test("a kebab-case command and flags become the action and its typed input", () => {
  assert.deepEqual(
    parseAdminArgs([
      "create-circuit",
      "--owner-uid",
      "1310000000000001",
      "--capacity-mbps",
      "10000",
      "--enabled",
      "false",
      "--name",
      "hz-03",
    ]),
    {
      kind: "run",
      command: "create-circuit",
      action: "CreateCircuit",
      input: { ownerUid: "1310000000000001", capacityMbps: 10000, enabled: false, name: "hz-03" },
    },
  );
  assert.deepEqual(parseAdminArgs(["list-accounts", "--json", '{"x":1}']), {
    kind: "run",
    command: "list-accounts",
    action: "ListAccounts",
    input: { x: 1 },
  });
  assert.deepEqual(parseAdminArgs([]), { kind: "help" });
  assert.throws(() => parseAdminArgs(["create-account", "--name"]));
});
