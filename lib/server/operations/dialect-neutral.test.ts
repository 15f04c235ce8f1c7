// The server code must run unchanged on SQLite and PostgreSQL: queries are awaited drizzle builders,
// never better-sqlite3's synchronous terminals or its handle, which only db/ (the SQLite adapter) touches.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

const ROOTS = ["lib/server", "lib/auth"];

const RULES: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /\.(get|all|run)\(\s*\)/, why: "a synchronous better-sqlite3 terminal: await the query" },
  { pattern: /\$client\b/, why: "the driver's own handle: only db/ may touch it" },
  { pattern: /\b(db|tx)\.transaction\(/, why: "a driver transaction: use withTransaction" },
  { pattern: /drizzle-orm\/(better-sqlite3|node-postgres)/, why: "a driver import: only db/ opens drivers" },
  { pattern: /\bunixepoch\s*\(/i, why: "SQLite's clock in SQL: pass the time from the one clock" },
  { pattern: /sql`[^`]*(=|<>)\s*[01]\b/, why: "a boolean as 0/1 in raw SQL: compare with eq(column, true)" },
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    // Test support builds fixtures on the SQLite test database directly.
    return isSource && !/test-|\.cases\.ts$/.test(entry.name) ? [file] : [];
  });
}

function violations(text: string): string[] {
  return text.split("\n").flatMap((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return [];
    return RULES.filter((rule) => rule.pattern.test(line)).map(
      (rule) => `line ${i + 1}: ${rule.why}: ${line.trim()}`,
    );
  });
}

describe("server code is dialect-neutral", () => {
  test("the rules catch what they are for", () => {
    const bad = [
      "const row = tx.select().from(circuits).where(eq(circuits.id, id)).get();",
      "const rows = tx.select().from(vbrs).all();",
      "tx.update(orders).set({ status }).run();",
      'db.$client.prepare("select 1").get();',
      "db.transaction((tx) => settleDue(tx, now));",
      'import { drizzle } from "drizzle-orm/better-sqlite3";',
      "const at = sql`unixepoch()`;",
      ["where(sql`$", "{t.isDefault} = 1`)"].join(""),
    ];
    for (const line of bad) assert.ok(violations(line).length > 0, line);
    const good = [
      "const row = await first(tx.select().from(circuits).where(eq(circuits.id, id)));",
      "const value = params.get(name);",
      "await tx.update(orders).set({ status }).where(eq(orders.id, id));",
      'return withTransaction(db, "read", (tx) => tx.select().from(regions));',
      "and(eq(resourceGroups.isDefault, true))",
    ];
    for (const line of good) assert.deepEqual(violations(line), [], line);
  });

  for (const root of ROOTS) {
    test(`${root} has no driver-specific database access`, () => {
      const files = sources(root);
      assert.ok(files.length > 0, `source files under ${root}`);
      const found = files.flatMap((file) =>
        violations(fs.readFileSync(file, "utf8")).map((problem) => `${file} ${problem}`),
      );
      assert.deepEqual(found, []);
    });
  }
});
