import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { LOCALES } from "../../i18n/locales";
import { NOTIFICATION_KINDS, notify } from "./notify";

describe("notification kinds", () => {
  for (const locale of LOCALES) {
    test(`every kind has a sentence in ${locale}`, () => {
      const catalog = JSON.parse(
        fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"),
      ) as { notificationCentre: { kinds: Record<string, string> } };
      for (const kind of NOTIFICATION_KINDS) {
        assert.ok(catalog.notificationCentre.kinds[kind], `${locale}: notificationCentre.kinds.${kind}`);
      }
    });
  }
});

describe("notify", () => {
  test("records one row per recipient in the caller's transaction, unread", async () => {
    const db = await createTestDb();
    const at = new Date("2026-12-03T10:00:00Z");
    await withTransaction(db, "write", (tx) =>
      notify(
        tx,
        {
          accountUid: "1210123456123456",
          kind: "offerReceived",
          resource: { type: "hosted_connection", id: "pc-x" },
          params: { partner: "P" },
          at,
        },
        { accountUid: "1310000000000001", kind: "offerAccepted", at },
      ),
    );
    const rows = await db.select().from(notifications).where(eq(notifications.kind, "offerReceived"));
    const [row] = rows;
    assert.ok(row && rows.length === 1);
    assert.deepEqual(row.params, { partner: "P" });
    assert.equal(row.readAt, null);
    assert.equal(row.createdAt.getTime(), at.getTime());
  });
});
