import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
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
// Each account holds at most two keys: the tests below spread their keys over accounts.
const initech = () => contextFor(db, DEMO_ACCOUNTS.initech.uid);

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "none";
}

describe("AccessKey management", () => {
  test("creates a key shaped like Alibaba's and shows its secret only in the creation answer", () => {
    const created = runOperation(createAccessKey, acme(), {});
    assert.match(created.accessKeyId, /^LTAI[A-Za-z0-9]{20}$/);
    assert.match(created.accessKeySecret, /^[A-Za-z0-9]{30}$/);
    assert.equal(created.status, "Active");
    const listed = runOperation(listAccessKeys, acme(), {}).find(
      (k) => k.accessKeyId === created.accessKeyId,
    );
    assert.deepEqual(listed, {
      accessKeyId: created.accessKeyId,
      status: "Active",
      createdAt: created.createdAt,
      lastUsedAt: null,
    });
    assert.equal(activeCredential(db, created.accessKeyId)?.secret, created.accessKeySecret);
  });

  test("an account lists, disables and deletes only its own keys", () => {
    const mine = runOperation(createAccessKey, acme(), {});
    assert.ok(!runOperation(listAccessKeys, globex(), {}).some((k) => k.accessKeyId === mine.accessKeyId));
    const input = { accessKeyId: mine.accessKeyId };
    assert.equal(
      refusal(() => runOperation(updateAccessKeyStatus, globex(), { ...input, status: "Inactive" })),
      "InvalidAccessKeyId.NotFound",
    );
    assert.equal(
      refusal(() => runOperation(deleteAccessKey, globex(), input)),
      "InvalidAccessKeyId.NotFound",
    );
    assert.equal(activeCredential(db, mine.accessKeyId)?.accountUid, DEMO_ACCOUNTS.acme.uid);
  });

  test("disable, enable and delete take effect on authentication, and are audited", () => {
    const key = runOperation(createAccessKey, initech(), {});
    const input = { accessKeyId: key.accessKeyId };
    assert.equal(
      runOperation(updateAccessKeyStatus, initech(), { ...input, status: "Inactive" }).status,
      "Inactive",
    );
    assert.equal(activeCredential(db, key.accessKeyId), undefined);
    runOperation(updateAccessKeyStatus, initech(), { ...input, status: "Active" });
    assert.ok(activeCredential(db, key.accessKeyId));
    runOperation(deleteAccessKey, initech(), input);
    assert.equal(activeCredential(db, key.accessKeyId), undefined);
    assert.equal(
      refusal(() => runOperation(deleteAccessKey, initech(), input)),
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
        "DeleteAccessKey:InvalidAccessKeyId.NotFound",
      ],
    );
  });
});

describe("AccessKeys per account", () => {
  test("at most two, as Alibaba allows per user: a third is refused, deleting one makes room", () => {
    const fresh = createTestDb();
    const initechOnly = () => contextFor(fresh, DEMO_ACCOUNTS.initech.uid);
    const first = runOperation(createAccessKey, initechOnly(), {});
    const second = runOperation(createAccessKey, initechOnly(), {});
    // A disabled key still counts: it can be enabled again.
    runOperation(updateAccessKeyStatus, initechOnly(), {
      accessKeyId: second.accessKeyId,
      status: "Inactive",
    });
    let refused: unknown;
    try {
      runOperation(createAccessKey, initechOnly(), {});
    } catch (error) {
      refused = error;
    }
    assert.ok(isDomainError(refused));
    assert.deepEqual(
      [refused.code, refused.httpStatus, refused.message],
      [
        "LimitExceeded.User.AccessKey",
        409,
        "The access key count of the user access keys beyond the current limits.",
      ],
    );
    assert.equal(runOperation(listAccessKeys, initechOnly(), {}).length, 2);
    runOperation(deleteAccessKey, initechOnly(), { accessKeyId: first.accessKeyId });
    assert.ok(runOperation(createAccessKey, initechOnly(), {}).accessKeyId);
    // Another account's keys do not count.
    assert.ok(runOperation(createAccessKey, contextFor(fresh, DEMO_ACCOUNTS.globex.uid), {}).accessKeyId);
  });
});

describe("AccessKey secrets at rest", () => {
  test("a copy of the database file does not contain the secret", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "access-keys-"));
    const file = path.join(dir, "copy.db");
    const fileDb = openDb(file);
    try {
      seedDemo(fileDb);
      const [key] = ensureDemoAccessKeys(fileDb);
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
  test("one per demo account, the same ones on every run, and none for a disabled key", () => {
    const fresh = createTestDb();
    const first = ensureDemoAccessKeys(fresh);
    assert.deepEqual(
      first.map((k) => k.accountUid).sort(),
      Object.values(DEMO_ACCOUNTS)
        .map((a) => a.uid)
        .sort(),
    );
    assert.ok(first.every((k) => k.created));
    const again = ensureDemoAccessKeys(fresh);
    assert.ok(again.every((k) => !k.created));
    assert.deepEqual(
      again.map(({ created: _, ...k }) => k),
      first.map(({ created: _, ...k }) => k),
    );
    const [disabled] = first;
    assert.ok(disabled);
    fresh.update(accessKeys).set({ status: "Inactive" }).where(eq(accessKeys.id, disabled.accessKeyId)).run();
    assert.ok(!ensureDemoAccessKeys(fresh).some((k) => k.accessKeyId === disabled.accessKeyId));
  });
});
