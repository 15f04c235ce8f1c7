import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestDb } from "../../../db/test/test-db";
import { newRequestId } from "../ids";
import { handleOperatorApi } from "./api";
import { createUser } from "./users";
import { runOperatorOperation } from "./operation";

const NOW = new Date(Date.UTC(2026, 11, 1));
const quick = { sleep: async () => {} };
const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString("base64")}`;

test("the operator API: Basic auth of an operator, the action's JSON input, catalog codes for refusals", async () => {
  const db = await createTestDb({ seed: false, now: NOW });
  const cli = { db, caller: { via: "cli" as const }, requestId: newRequestId(), now: NOW };
  await runOperatorOperation(createUser, cli, {
    operator: true,
    email: "ops@example.com",
    displayName: "Ops",
    password: "Operator-1234",
  });
  const call = (
    action: string,
    body: string,
    authorization: string | null = basic("ops@example.com", "Operator-1234"),
  ) => handleOperatorApi(db, { action, authorization, address: "10.0.0.1", body }, NOW, quick);

  const created = await call(
    "CreateAccount",
    JSON.stringify({ name: "Northwind", site: "china", role: "partner" }),
  );
  assert.equal(created.status, 200);
  assert.match(String((created.body.Data as { uid: string }).uid), /^1\d{15}$/);

  assert.equal((await call("CreateAccount", "{not json")).status, 400);
  const bad = await call("CreateAccount", JSON.stringify({ name: "X", site: "mars", role: "tenant" }));
  assert.deepEqual([bad.status, bad.body.Code], [400, "InvalidParameter"]);
  assert.deepEqual((await call("DropTables", "{}")).body.Code, "InvalidApi.NotFound");
  const wrong = await call("ListAccounts", "", basic("ops@example.com", "nope"));
  assert.deepEqual([wrong.status, wrong.body.Code], [403, "Forbidden"]);
  assert.equal((await call("ListAccounts", "", null)).status, 403);
  const listed = await call("ListAccounts", "");
  assert.equal((listed.body.Data as unknown[]).length, 1);
});
