import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { openDb } from "../../../db/client";
import { accessKeys, auditEvents } from "../../../db/schema";
import { DEMO_ACCOUNTS, seedDemo } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { runOperation } from "../operations/operation";
import { contextFor } from "../operations/test-helpers";
import {
  activeCredential,
  createAccessKey,
  deleteAccessKey,
  ensureDemoAccessKeys,
  listAccessKeys,
  updateAccessKeyStatus,
} from "./index";
import { openSecret } from "./secret-box";

const db = createTestDb();
const acme = () => contextFor(db, DEMO_ACCOUNTS.acme.uid);
const globex = () => contextFor(db, DEMO_ACCOUNTS.globex.uid);

async function refusal(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "none";
}

describe("AccessKey management", () => {
  test("creates a key shaped like Alibaba's and shows its secret only in the creation answer", async () => {
    const created = await runOperation(createAccessKey, acme(), {});
    assert.match(created.accessKeyId, /^LTAI[A-Za-z0-9]{20}$/);
    assert.match(created.accessKeySecret, /^[A-Za-z0-9]{30}$/);
    assert.equal(created.status, "Active");
    const listed = (await runOperation(listAccessKeys, acme(), {})).find(
      (k) => k.accessKeyId === created.accessKeyId,
    );
    assert.deepEqual(listed, {
      accessKeyId: created.accessKeyId,
      status: "Active",
      createdAt: created.createdAt,
      lastUsedAt: null,
    });
    assert.equal((await activeCredential(db, created.accessKeyId))?.secret, created.accessKeySecret);
  });

  test("an account lists, disables and deletes only its own keys", async () => {
    const mine = await runOperation(createAccessKey, acme(), {});
    assert.ok(!(await runOperation(listAccessKeys, globex(), {})).some((k) => k.accessKeyId === mine.accessKeyId));
    const input = { accessKeyId: mine.accessKeyId };
    assert.equal(
      await refusal(() => runOperation(updateAccessKeyStatus, globex(), { ...input, status: "Inactive" })),
      "InvalidAccessKeyId.NotFound",
    );
    assert.equal(
      await refusal(() => runOperation(deleteAccessKey, globex(), input)),
      "InvalidAccessKeyId.NotFound",
    );
    assert.equal((await activeCredential(db, mine.accessKeyId))?.accountUid, DEMO_ACCOUNTS.acme.uid);
  });

  test("disable, enable and delete take effect on authentication, and are audited", async () => {
    const key = await runOperation(createAccessKey, acme(), {});
    const input = { accessKeyId: key.accessKeyId };
    assert.equal(
      (await runOperation(updateAccessKeyStatus, acme(), { ...input, status: "Inactive" })).status,
      "Inactive",
    );
    assert.equal(await activeCredential(db, key.accessKeyId), undefined);
    await runOperation(updateAccessKeyStatus, acme(), { ...input, status: "Active" });
    assert.ok(await activeCredential(db, key.accessKeyId));
    await runOperation(deleteAccessKey, acme(), input);
    assert.equal(await activeCredential(db, key.accessKeyId), undefined);
    assert.equal(
      await refusal(() => runOperation(deleteAccessKey, acme(), input)),
      "InvalidAccessKeyId.NotFound",
    );
    const audited = db
      .select({ action: auditEvents.action, result: auditEvents.result })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceType, "access_key"), eq(auditEvents.resourceId, key.accessKeyId)))
      .all();
    assert.deepEqual(
      audited.map((a) => `${a.action}:${a.result}`),
      [
        "CreateAccessKey:Success",
        "UpdateAccessKey:Success",
        "UpdateAccessKey:Success",
        "DeleteAccessKey:Success",
      ],
    );
    // The key is gone, so the refused second deletion names nothing the caller may see: it is in
    // Acme's own log, without the key.
    const [last] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    assert.deepEqual(
      [last?.action, last?.result, last?.actorUid, last?.resourceId],
      ["DeleteAccessKey", "InvalidAccessKeyId.NotFound", DEMO_ACCOUNTS.acme.uid, null],
    );
  });
});

describe("AccessKey secrets at rest", () => {
  test("a copy of the database file does not contain the secret", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "access-keys-"));
    const file = path.join(dir, "copy.db");
    const fileDb = openDb(file);
    try {
      seedDemo(fileDb);
      const [key] = await ensureDemoAccessKeys(fileDb);
      assert.ok(key);
      fileDb.$client.pragma("wal_checkpoint(TRUNCATE)");
      const bytes = fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)));
      for (const content of bytes) {
        assert.equal(content.includes(key.accessKeySecret), false);
        assert.equal(content.includes(Buffer.from(key.accessKeySecret, "utf16le")), false);
      }
      assert.ok(
        bytes.some((content) => content.includes(key.accessKeyId)),
        "the key itself was written",
      );
    } finally {
      fileDb.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a ciphertext moved onto another key's row does not decrypt", () => {
    const [first, second] = db.select().from(accessKeys).limit(2).all();
    assert.ok(first && second);
    assert.throws(() => openSecret(second.id, first.secretCiphertext));
  });
});

describe("demo AccessKeys", () => {
  test("one per demo account, the same ones on every run, and none for a disabled key", async () => {
    const fresh = createTestDb();
    const first = await ensureDemoAccessKeys(fresh);
    assert.deepEqual(
      first.map((k) => k.accountUid).sort(),
      Object.values(DEMO_ACCOUNTS)
        .map((a) => a.uid)
        .sort(),
    );
    assert.deepEqual(await ensureDemoAccessKeys(fresh), first);
    const [disabled] = first;
    assert.ok(disabled);
    fresh.update(accessKeys).set({ status: "Inactive" }).where(eq(accessKeys.id, disabled.accessKeyId)).run();
    assert.ok(!(await ensureDemoAccessKeys(fresh)).some((k) => k.accessKeyId === disabled.accessKeyId));
  });
});
