// The API must be answered inside the server that received it. A rewrite Next takes for another
// site is re-sent over HTTP, which broke every call behind an HTTPS front proxy with a plain-text 500.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { DEMO_ACCOUNTS } from "../../db/seed";
import {
  type ApiKey,
  isSuccess,
  prepareDatabase,
  type Server,
  send,
  signAcs3,
  startServer,
  tempDir,
} from "./harness";

let dir = "";
let server: Server | undefined;
let keys: Map<string, ApiKey>;

before(async () => {
  dir = tempDir("api-routing");
  const dbFile = path.join(dir, "routing.db");
  keys = await prepareDatabase(dbFile);
  server = await startServer(dbFile);
});

after(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an API call behind an HTTPS front proxy is answered in JSON by the server itself", async () => {
  const port = server!.port;
  const key = keys.get(DEMO_ACCOUNTS.unicom.uid)!;
  const signed = signAcs3(port, key, "DescribeRegions", {});
  const outcome = await send(port, {
    ...signed,
    headers: { ...signed.headers, "x-forwarded-proto": "https" },
  });
  assert.ok(isSuccess(outcome), `expected a JSON answer, got ${JSON.stringify(outcome)}`);
  assert.ok(Array.isArray((outcome.body.Regions as { Region: unknown[] }).Region));
});

test("an unsigned call gets the documented JSON error, not a proxied 500", async () => {
  const port = server!.port;
  const outcome = await send(port, {
    path: "/?Action=DescribeRegions&Format=JSON",
    headers: { "x-forwarded-proto": "https" },
  });
  assert.ok(
    outcome.kind === "answer" && outcome.status >= 400 && outcome.status < 500,
    JSON.stringify(outcome),
  );
  assert.equal(outcome.body?.Code, "MissingParameter");
});

test("the test clock does not exist unless TEST_CLOCK=1: nobody moves a real console's time", async () => {
  const response = await fetch(`http://127.0.0.1:${server!.port}/api/test/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ advanceMs: 86_400_000 }),
  });
  assert.equal(response.status, 404);
});
