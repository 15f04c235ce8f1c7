import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { drizzle as pgProxy } from "drizzle-orm/pg-proxy";
import type { Tx } from "./context";
import { lockCircuit } from "./locks";

describe("lockCircuit", () => {
  test("on PostgreSQL it locks the circuit's row until the transaction ends", async () => {
    const sent: Array<{ sql: string; params: unknown[] }> = [];
    // A driver that records the statements instead of sending them to a server.
    const pg = pgProxy(async (sql, params) => {
      sent.push({ sql, params });
      return { rows: [] };
    });
    await lockCircuit(pg as unknown as Tx, "pc-bp1example");
    assert.equal(sent.length, 1);
    assert.match(
      sent[0]?.sql ?? "",
      /^select "circuits"\."id" from "circuits" where "circuits"\."id" = \$1 for update$/,
    );
    assert.deepEqual(sent[0]?.params, ["pc-bp1example"]);
  });

  test("on SQLite it sends nothing: BEGIN IMMEDIATE already holds the database's write lock", async () => {
    const sent: string[] = [];
    const sqlite = sqliteDrizzle(new Database(":memory:"), { logger: { logQuery: (sql) => sent.push(sql) } });
    await lockCircuit(sqlite as unknown as Tx, "pc-bp1example");
    assert.deepEqual(sent, []);
  });

  test("every operation that checks a circuit's capacity or allocates one of its VLANs takes the lock", () => {
    const dir = path.dirname(import.meta.filename);
    const helpers =
      /\b(assertRoomForNewPort|assertRoomForSpec|assertPortFits|allocateVlan|moveVlan|insertAllocation)\(/;
    const callers = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !/test-helpers/.test(f))
      .filter((f) => !["circuit-usage.ts", "vlan-allocations.ts"].includes(f))
      .filter((f) => helpers.test(fs.readFileSync(path.join(dir, f), "utf8")));
    assert.ok(callers.length >= 4, `callers found: ${callers.join(", ")}`);
    const unlocked = callers.filter(
      (f) => !/await lockCircuit\(tx, /.test(fs.readFileSync(path.join(dir, f), "utf8")),
    );
    assert.deepEqual(unlocked, []);
  });
});
