import assert from "node:assert/strict";
import { test } from "node:test";
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { createTestDb } from "../../../db/test/test-db";
import { verifyPassword } from "../password";
import { ensureFirstOperator, firstOperatorLines } from "./first-operator";

const NOW = new Date(Date.UTC(2026, 11, 1));

test("the first operator: none without a setting, created once from OPERATOR_EMAIL, a link when no password", async () => {
  const db = await createTestDb({ seed: false, now: NOW });
  const none = await ensureFirstOperator(db, {}, NOW);
  assert.deepEqual(none, { kind: "none", operators: 0 });
  assert.match(
    firstOperatorLines(none, "http://h").join("\n"),
    /npm run admin -- create-user --operator true/,
  );

  const created = await ensureFirstOperator(db, { email: "Ops@Example.com", password: "Operator-1234" }, NOW);
  assert.deepEqual(created, { kind: "created", email: "ops@example.com" });
  const [row] = await db.select().from(users).where(eq(users.email, "ops@example.com"));
  assert.ok(row?.operator && verifyPassword("Operator-1234", row.passwordHash));
  assert.deepEqual(
    await ensureFirstOperator(db, { email: "ops@example.com", password: "Other-12345" }, NOW),
    {
      kind: "exists",
      email: "ops@example.com",
    },
  );
  assert.ok(verifyPassword("Operator-1234", row.passwordHash), "a restart never changes the password");

  const linked = await ensureFirstOperator(db, { email: "second@example.com" }, NOW);
  assert.equal(linked.kind, "created");
  assert.match((linked.kind === "created" && linked.invitePath) || "", /^\/invite\/[\w-]{32}$/);
  assert.match(
    firstOperatorLines(linked, "http://h").join(""),
    /set its password once at http:\/\/h\/invite\//,
  );
});
