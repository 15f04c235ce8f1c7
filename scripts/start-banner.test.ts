import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestDb } from "../db/test/test-db";
import { ensureDemoAccessKeys } from "../lib/server/access-keys";
import { demoAccessKeyLines } from "./start-banner";

test("npm start prints a demo AccessKey's secret once, when it is created, and never again", async () => {
  const db = await createTestDb();
  const first = await ensureDemoAccessKeys(db);
  const printedFirst = demoAccessKeyLines(first).join("\n");
  for (const key of first) {
    assert.ok(printedFirst.includes(key.accessKeyId));
    assert.ok(printedFirst.includes(key.accessKeySecret), "a new key's secret is shown once");
  }
  const again = await ensureDemoAccessKeys(db);
  const printedAgain = demoAccessKeyLines(again).join("\n");
  for (const key of again) {
    assert.ok(printedAgain.includes(key.accessKeyId), "the key is still named");
    assert.ok(
      !printedAgain.includes(key.accessKeySecret),
      `the secret of ${key.accessKeyId} is not printed again`,
    );
  }
});
