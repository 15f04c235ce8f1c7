import assert from "node:assert/strict";
import { setImmediate as tick } from "node:timers/promises";
import { describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { dialectOf } from "./client";
import { regions } from "./schema-sqlite";
import { createSqliteTestDb } from "./test/test-db";
import { withTransaction } from "./transaction";

const region = (id: string) => ({ id, nameEn: id, nameZh: id, idPrefix: "x", sortOrder: 1 });

async function regionIds(db: ReturnType<typeof createSqliteTestDb>): Promise<string[]> {
  const rows = await withTransaction(db, "read", async (tx) => tx.select({ id: regions.id }).from(regions));
  return rows.map((r) => r.id).sort();
}

describe("withTransaction on SQLite", () => {
  it("knows the connection is SQLite", () => {
    assert.equal(dialectOf(createSqliteTestDb({ seed: false })), "sqlite");
  });

  it("serialises two interleaved transactions on one connection; the one that throws leaves nothing", async () => {
    const db = createSqliteTestDb({ seed: false });
    const events: string[] = [];
    const failing = withTransaction(db, "write", async (tx) => {
      events.push("A begins");
      await tx.insert(regions).values(region("a-uncommitted"));
      // Yield to the event loop several times: the other transaction is waiting to run right now.
      for (let i = 0; i < 5; i += 1) await tick();
      events.push("A throws");
      throw new Error("A fails after its insert");
    });
    const succeeding = withTransaction(db, "write", async (tx) => {
      events.push("B begins");
      const seen = await tx.select({ id: regions.id }).from(regions);
      await tx.insert(regions).values(region("b-committed"));
      await tick();
      events.push("B commits");
      return seen.map((r) => r.id);
    });
    await assert.rejects(failing, /A fails after its insert/);
    // B started only once A had rolled back, so it never saw A's uncommitted row.
    assert.deepEqual(await succeeding, []);
    assert.deepEqual(events, ["A begins", "A throws", "B begins", "B commits"]);
    assert.deepEqual(await regionIds(db), ["b-committed"]);
    assert.equal(db.$client.inTransaction, false);
  });

  it("makes a read wait for an open write instead of reading its uncommitted rows", async () => {
    const db = createSqliteTestDb({ seed: false });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const write = withTransaction(db, "write", async (tx) => {
      await tx.insert(regions).values(region("w"));
      await gate;
      throw new Error("rolled back");
    });
    const read = withTransaction(
      db,
      "read",
      async (tx) => (await tx.select({ n: count() }).from(regions))[0]?.n,
    );
    await tick();
    release();
    await assert.rejects(write, /rolled back/);
    assert.equal(await read, 0);
  });

  it("runs many concurrent transactions one at a time, each committed or rolled back whole", async () => {
    const db = createSqliteTestDb({ seed: false });
    let inside = 0;
    let most = 0;
    const all = Array.from({ length: 40 }, (_, i) =>
      withTransaction(db, i % 3 === 0 ? "read" : "write", async (tx) => {
        inside += 1;
        most = Math.max(most, inside);
        if (i % 3 !== 0) await tx.insert(regions).values(region(`r${String(i).padStart(2, "0")}`));
        await tick();
        inside -= 1;
        if (i % 4 === 0) throw new Error(`rollback ${i}`);
      }),
    );
    const results = await Promise.allSettled(all);
    assert.equal(most, 1);
    const committed = results.flatMap((r, i) =>
      r.status === "fulfilled" && i % 3 !== 0 ? [`r${String(i).padStart(2, "0")}`] : [],
    );
    assert.ok(committed.length > 0);
    assert.deepEqual(await regionIds(db), committed.sort());
  });

  it("refuses a transaction opened inside another on the same connection instead of waiting forever", async () => {
    const db = createSqliteTestDb({ seed: false });
    await assert.rejects(
      withTransaction(db, "write", async (tx) => {
        await tx.insert(regions).values(region("outer"));
        await withTransaction(db, "read", async () => undefined);
      }),
      /inside a transaction on the same connection/,
    );
    assert.deepEqual(await regionIds(db), []);
    // The lock was released: the connection still serves.
    await withTransaction(db, "write", async (tx) => tx.insert(regions).values(region("after")));
    assert.deepEqual(await regionIds(db), ["after"]);
  });

  it("nests as a savepoint inside a transaction the connection's owner opened itself", async () => {
    const db = createSqliteTestDb({ seed: false });
    db.$client.exec("BEGIN");
    await withTransaction(db, "write", async (tx) => tx.insert(regions).values(region("kept")));
    await assert.rejects(
      withTransaction(db, "write", async (tx) => {
        await tx.insert(regions).values(region("undone"));
        throw new Error("inner rollback");
      }),
    );
    assert.equal(db.$client.inTransaction, true);
    assert.deepEqual(
      (await db.select({ id: regions.id }).from(regions)).map((r) => r.id),
      ["kept"],
    );
    db.$client.exec("ROLLBACK");
    assert.deepEqual(await regionIds(db), []);
  });

  it("rolls back when the database refuses a statement, and the next transaction starts clean", async () => {
    const db = createSqliteTestDb({ seed: false });
    await withTransaction(db, "write", async (tx) => tx.insert(regions).values(region("dup")));
    await assert.rejects(
      withTransaction(db, "write", async (tx) => {
        await tx.update(regions).set({ nameEn: "changed" }).where(eq(regions.id, "dup"));
        await tx.insert(regions).values(region("dup"));
      }),
      (error: unknown) => /UNIQUE/.test(String((error as { cause?: unknown }).cause ?? error)),
    );
    const [row] = await db.select().from(regions);
    assert.equal(row?.nameEn, "dup");
    assert.equal(db.$client.inTransaction, false);
  });
});
