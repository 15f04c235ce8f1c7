// The PostgreSQL client against a real server (TEST_POSTGRES_URL, started by scripts/test.sh).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { asc, eq, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { closeDatabase, dialectOf, openDatabase, openDb, pingDatabase } from "./client";
import { openPgDb, PG_MIGRATIONS_FOLDER, type PgDb } from "./postgres";
import * as t from "./schema-sqlite";
import * as pg from "./schema-pg";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, seedDemo } from "./seed";
import { createPgTestDatabase, createPgTestDb, dropPgTestDatabase, postgresSkipReason } from "./test/test-db";

const skip = postgresSkipReason();

// Columns the two seeds fill with fresh randomness or the database's own clock.
const VARYING: Record<string, string[]> = {
  users: ["id", "passwordHash", "createdAt"],
  accounts: ["createdAt"],
  resourceGroups: ["createdAt"],
};

function comparable(table: string, rows: Record<string, unknown>[]): string[] {
  const drop = VARYING[table] ?? [];
  return rows
    .map((row) =>
      JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !drop.includes(key)))),
    )
    .sort();
}

describe("PostgreSQL", { skip }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test("opens through the client by DATABASE_URL, migrates, seeds the same demo set as SQLite and reads it back", async () => {
    const url = await createPgTestDatabase();
    cleanups.push(() => dropPgTestDatabase(url));
    const db = await openDatabase(url);
    assert.equal(dialectOf(db), "postgresql");
    await pingDatabase(db);
    const now = new Date("2026-12-01T08:30:15.123Z");
    try {
      assert.equal(await seedDemo(db, now), true);
      assert.equal(await seedDemo(db, now), false, "a second seed adds nothing");

      const sqlite = openDb(":memory:");
      assert.equal(dialectOf(sqlite), "sqlite");
      await pingDatabase(sqlite);
      seedDemo(sqlite, now);
      const pgDb = db as PgDb;
      const read = async (name: string, pgTable: typeof pg.regions, sqliteTable: typeof t.regions) => {
        const pgRows = await pgDb.select().from(pgTable);
        assert.ok(pgRows.length > 0, `${name} seeded`);
        const sqliteRows = sqlite.select().from(sqliteTable).all();
        assert.deepEqual(comparable(name, pgRows), comparable(name, sqliteRows), `${name} rows differ`);
      };
      // Each pair is one table in both dialects; the casts only widen to a common row reader.
      await read("regions", pg.regions, t.regions);
      await read("accessPoints", pg.accessPoints as never, t.accessPoints as never);
      await read("accounts", pg.accounts as never, t.accounts as never);
      await read("users", pg.users as never, t.users as never);
      await read("resourceGroups", pg.resourceGroups as never, t.resourceGroups as never);
      await read(
        "privilegeApplications",
        pg.privilegeApplications as never,
        t.privilegeApplications as never,
      );
      await read("circuits", pg.circuits as never, t.circuits as never);
      await read("vlanAllocations", pg.vlanAllocations as never, t.vlanAllocations as never);
      await read("hostedConnections", pg.hostedConnections as never, t.hostedConnections as never);
      await read("vbrs", pg.vbrs as never, t.vbrs as never);
      sqlite.$client.close();

      const [prod] = await pgDb
        .select()
        .from(pg.hostedConnections)
        .where(eq(pg.hostedConnections.id, DEMO_HOSTED_CONNECTIONS.acmeHzProd));
      assert.equal(prod?.tenantUid, DEMO_ACCOUNTS.acme.uid);
      assert.equal(prod?.paid, true);
      assert.deepEqual(prod?.endTime, new Date(now.getTime() + 20 * 24 * 60 * 60 * 1000));
      const [unicom] = await pgDb
        .select()
        .from(pg.accounts)
        .where(eq(pg.accounts.uid, DEMO_ACCOUNTS.unicom.uid));
      assert.ok(unicom?.createdAt instanceof Date, "the database's default instant reads as a Date");
      assert.ok(Math.abs((unicom?.createdAt.getTime() ?? 0) - Date.now()) < 60_000);
    } finally {
      await closeDatabase(db);
    }
  });

  test("an unreachable server fails the open with the driver's error, not a hang", async () => {
    const unused = new URL(process.env.TEST_POSTGRES_URL ?? "");
    unused.port = "1";
    await assert.rejects(openDatabase(unused.toString()), /ECONNREFUSED/);
  });

  test("processes opening one new database at once apply each migration once (advisory lock)", async () => {
    const url = await createPgTestDatabase();
    cleanups.push(() => dropPgTestDatabase(url));
    const attempts = await Promise.allSettled([openPgDb(url), openPgDb(url), openPgDb(url), openPgDb(url)]);
    const opened = attempts.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    try {
      assert.deepEqual(
        attempts.flatMap((a) => (a.status === "rejected" ? [String(a.reason)] : [])),
        [],
      );
      const applied = await opened[0]?.execute<{ n: number }>(
        sql`select count(*) as n from drizzle.__drizzle_migrations`,
      );
      const journal = JSON.parse(
        fs.readFileSync(path.join(PG_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
      );
      assert.ok(journal.entries.length > 0);
      assert.equal(applied?.rows[0]?.n, journal.entries.length);
    } finally {
      for (const db of opened) await db.$client.end();
    }
  });

  test("instants, booleans, json, identities and counts read back as the app's JavaScript values", async () => {
    const { db, drop } = await createPgTestDb({ seed: true });
    cleanups.push(drop);
    const at = new Date("2026-12-24T23:59:59.999Z");
    const details = { before: { spec: "1G" }, after: { spec: "2G" }, note: "多字节" };
    const [first] = await db
      .insert(pg.auditEvents)
      .values({ at, via: "api", action: "Probe", result: "Success", requestId: "r-1", details })
      .returning();
    const [second] = await db
      .insert(pg.auditEvents)
      .values({ via: "system", action: "Probe", result: "Success", requestId: "r-2" })
      .returning();
    assert.deepEqual(first?.at, at);
    assert.deepEqual(first?.details, details);
    assert.equal(second?.details, null);
    assert.equal(typeof first?.id, "number");
    assert.equal((second?.id ?? 0) - (first?.id ?? 0), 1);
    const [count] = await db
      .select({ n: sql<number>`count(*)` })
      .from(pg.auditEvents)
      .where(eq(pg.auditEvents.action, "Probe"));
    assert.strictEqual(count?.n, 2);
    const circuits = await db
      .select({ id: pg.circuits.id })
      .from(pg.circuits)
      .where(eq(pg.circuits.ownerUid, DEMO_ACCOUNTS.unicom.uid))
      .orderBy(asc(pg.circuits.name));
    assert.deepEqual(
      circuits.map((c) => c.id),
      [DEMO_CIRCUITS.unicomBj01, DEMO_CIRCUITS.unicomHz01, DEMO_CIRCUITS.unicomHz02],
    );
  });

  test("the unique and partial unique indexes hold on PostgreSQL", async () => {
    const { db, drop } = await createPgTestDb({ seed: true });
    cleanups.push(drop);
    const uniqueViolation = (error: unknown) =>
      (error as { cause?: { code?: string } }).cause?.code === "23505" ||
      (error as { code?: string }).code === "23505";
    await assert.rejects(
      db.insert(pg.vlanAllocations).values({ circuitId: DEMO_CIRCUITS.unicomHz01, vlanId: 101 }),
      uniqueViolation,
    );
    await db.insert(pg.vlanAllocations).values({ circuitId: DEMO_CIRCUITS.unicomHz02, vlanId: 101 });
    const acme = DEMO_ACCOUNTS.acme.uid;
    await assert.rejects(
      db
        .insert(pg.resourceGroups)
        .values({ id: "rg-second-default", accountUid: acme, name: "x", isDefault: true }),
      uniqueViolation,
    );
    await db
      .insert(pg.resourceGroups)
      .values({ id: "rg-not-default", accountUid: acme, name: "y", isDefault: false });
    const indexes = getTableConfig(pg.resourceGroups).indexes.map((i) => i.config.name);
    const live = await db.execute<{ indexname: string }>(
      sql`select indexname from pg_indexes where tablename = 'resource_groups' order by indexname`,
    );
    assert.deepEqual(
      live.rows.map((r) => r.indexname).filter((name) => !name.endsWith("_pkey")),
      [...indexes].sort(),
    );
  });
});
