import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { localSecret } from "../lib/server/local-secret";
import { openDb } from "./client";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "db-modes-"));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

test("a new database, its WAL and shared-memory files are 0600, in a folder created 0700", () => {
  const file = path.join(root, "fresh", "data", "console.db");
  const db = openDb(file);
  try {
    db.$client.prepare("create table probe (x)").run();
    assert.equal(modeOf(path.join(root, "fresh")).toString(8), "700");
    assert.equal(modeOf(path.dirname(file)).toString(8), "700");
    for (const name of [file, `${file}-wal`, `${file}-shm`]) {
      assert.ok(fs.existsSync(name), `${name} exists`);
      assert.equal(modeOf(name).toString(8), "600", name);
    }
  } finally {
    db.$client.close();
  }
});

test("a database file left world-readable by an older version is made private on open", () => {
  const file = path.join(root, "old", "console.db");
  openDb(file).$client.close();
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(name)) fs.chmodSync(name, 0o644);
  }
  const db = openDb(file);
  try {
    db.$client.prepare("create table probe (x)").run();
    for (const name of [file, `${file}-wal`, `${file}-shm`]) {
      assert.equal(modeOf(name).toString(8), "600", name);
    }
  } finally {
    db.$client.close();
  }
});

test("a generated secret file is 0600, in a folder created 0700, and read back the same", () => {
  const folder = path.join(root, "secrets", "data");
  const secret = localSecret("test-secret", folder);
  assert.equal(modeOf(path.join(folder, ".test-secret")).toString(8), "600");
  assert.equal(modeOf(folder).toString(8), "700");
  assert.equal(localSecret("test-secret", folder), secret);
});
