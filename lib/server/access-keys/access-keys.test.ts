import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { and, asc, desc, eq } from "drizzle-orm";
import { openDb } from "../../../db/client";
import { servedDialect } from "../../../db/dialect";
import { accessKeys, auditEvents } from "../../../db/schema";
import { DEMO_ACCOUNTS, seedDemo } from "../../../db/seed";
import { createSharedTestDbs, createTestDb } from "../../../db/test/test-db";
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

const db = await createTestDb();
const acme = () => contextFor(db, DEMO_ACCOUNTS.acme.uid);
const globex = () => contextFor(db, DEMO_ACCOUNTS.globex.uid);
// Each account holds at most two keys: the tests below spread their keys over accounts.
const initech = () => contextFor(db, DEMO_ACCOUNTS.initech.uid);

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
    assert.ok(
      !(await runOperation(listAccessKeys, globex(), {})).some((k) => k.accessKeyId === mine.accessKeyId),
    );
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
    const key = await runOperation(createAccessKey, initech(), {});
    const input = { accessKeyId: key.accessKeyId };
    assert.equal(
      (await runOperation(updateAccessKeyStatus, initech(), { ...input, status: "Inactive" })).status,
      "Inactive",
    );
    assert.equal(await activeCredential(db, key.accessKeyId), undefined);
    await runOperation(updateAccessKeyStatus, initech(), { ...input, status: "Active" });
    assert.ok(await activeCredential(db, key.accessKeyId));
    await runOperation(deleteAccessKey, initech(), input);
    assert.equal(await activeCredential(db, key.accessKeyId), undefined);
    assert.equal(
      await refusal(() => runOperation(deleteAccessKey, initech(), input)),
      "InvalidAccessKeyId.NotFound",
    );
    const audited = await db
      .select({ action: auditEvents.action, result: auditEvents.result })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceType, "access_key"), eq(auditEvents.resourceId, key.accessKeyId)))
      .orderBy(asc(auditEvents.id));
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
    // Initech's own log, without the key.
    const [last] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    assert.deepEqual(
      [last?.action, last?.result, last?.actorUid, last?.resourceId],
      ["DeleteAccessKey", "InvalidAccessKeyId.NotFound", DEMO_ACCOUNTS.initech.uid, null],
    );
  });
});

describe("AccessKeys per account", () => {
  test("at most two, as Alibaba allows per user: a third is refused, deleting one makes room", async () => {
    const fresh = await createTestDb();
    const initechOnly = () => contextFor(fresh, DEMO_ACCOUNTS.initech.uid);
    const first = await runOperation(createAccessKey, initechOnly(), {});
    const second = await runOperation(createAccessKey, initechOnly(), {});
    // A disabled key still counts: it can be enabled again.
    await runOperation(updateAccessKeyStatus, initechOnly(), {
      accessKeyId: second.accessKeyId,
      status: "Inactive",
    });
    const refused = await runOperation(createAccessKey, initechOnly(), {}).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(isDomainError(refused));
    assert.deepEqual(
      [refused.code, refused.httpStatus, refused.message],
      [
        "LimitExceeded.User.AccessKey",
        409,
        "The access key count of the user access keys beyond the current limits.",
      ],
    );
    assert.equal((await runOperation(listAccessKeys, initechOnly(), {})).length, 2);
    await runOperation(deleteAccessKey, initechOnly(), { accessKeyId: first.accessKeyId });
    assert.ok((await runOperation(createAccessKey, initechOnly(), {})).accessKeyId);
    // Another account's keys do not count.
    assert.ok(
      (await runOperation(createAccessKey, contextFor(fresh, DEMO_ACCOUNTS.globex.uid), {})).accessKeyId,
    );
  });
});

describe("AccessKey secrets at rest", () => {
  const onlySqlite = servedDialect() !== "sqlite" && "reads the bytes of a SQLite file";
  test("a copy of the database file does not contain the secret", { skip: onlySqlite }, async () => {
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

  test("a ciphertext moved onto another key's row does not decrypt", async () => {
    const [first, second] = await db.select().from(accessKeys).orderBy(asc(accessKeys.id)).limit(2);
    assert.ok(first && second);
    assert.throws(() => openSecret(second.id, first.secretCiphertext));
  });
});

describe("demo AccessKeys", () => {
  test("two processes starting on one new database make one key per demo account", {
    // On SQLite the writers queue on BEGIN IMMEDIATE (and two handles in one process would wait on
    // each other's lock); PostgreSQL's transactions interleave: the PostgreSQL pass runs this.
    skip: servedDialect() === "sqlite" && "PostgreSQL only: run by npm run test:unit:pg",
  }, async () => {
    const { dbs, close } = await createSharedTestDbs();
    try {
      await Promise.all(dbs.map((db) => ensureDemoAccessKeys(db)));
      const keys = await dbs[0].select({ accountUid: accessKeys.accountUid }).from(accessKeys);
      assert.equal(keys.length, Object.values(DEMO_ACCOUNTS).length);
      assert.equal(new Set(keys.map((k) => k.accountUid)).size, keys.length);
    } finally {
      await close();
    }
  });

  test("one per demo account, the same ones on every run, and none for a disabled key", async () => {
    const fresh = await createTestDb();
    const first = await ensureDemoAccessKeys(fresh);
    assert.deepEqual(
      first.map((k) => k.accountUid).sort(),
      Object.values(DEMO_ACCOUNTS)
        .map((a) => a.uid)
        .sort(),
    );
    assert.ok(first.every((k) => k.created));
    const again = await ensureDemoAccessKeys(fresh);
    assert.ok(again.every((k) => !k.created));
    assert.deepEqual(
      again.map(({ created: _, ...k }) => k),
      first.map(({ created: _, ...k }) => k),
    );
    const [disabled] = first;
    assert.ok(disabled);
    await fresh.update(accessKeys).set({ status: "Inactive" }).where(eq(accessKeys.id, disabled.accessKeyId));
    assert.ok(!(await ensureDemoAccessKeys(fresh)).some((k) => k.accessKeyId === disabled.accessKeyId));
  });
});
