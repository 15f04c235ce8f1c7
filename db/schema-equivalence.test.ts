import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "drizzle-orm";
import * as pgCore from "drizzle-orm/pg-core";
import * as sqliteCore from "drizzle-orm/sqlite-core";
import * as sqliteSchema from "./schema-sqlite";
import * as pgSchema from "./schema-pg";
import { describePgSchema, describeSqliteSchema } from "./test/schema-shape";

test("the SQLite and PostgreSQL schemas declare the same tables, columns, types, keys, defaults and indexes", () => {
  assert.deepEqual(describePgSchema(pgSchema), describeSqliteSchema(sqliteSchema));
});

test("the description sees types, defaults, partial indexes and foreign keys (the comparison is not vacuous)", () => {
  const shape = describeSqliteSchema(sqliteSchema);
  assert.ok(Object.keys(shape).length >= 17);
  const hc = shape.hostedConnections;
  assert.ok(hc);
  assert.equal(hc.name, "hosted_connections");
  assert.deepEqual(hc.columns.paid, {
    type: "boolean",
    notNull: true,
    primary: false,
    unique: false,
    default: "literal:false",
    enumValues: null,
  });
  assert.equal(hc.columns.created_at?.type, "instant");
  assert.equal(hc.columns.created_at?.default, "sql:now");
  assert.deepEqual(hc.indexes.hosted_connections_live_circuit_idx, {
    unique: false,
    on: ['"circuit_id"', '"created_at" desc', '"id"', '"vpconn_status"'],
    where: `"vpconn_status" <> 'Deleted'`,
  });
  assert.ok(hc.foreignKeys.includes("circuit_id -> circuits(id) on delete no action on update no action"));
  assert.equal(shape.vlanAllocations?.columns.id?.default, "identity");
  assert.equal(shape.resourceGroups?.indexes.resource_groups_one_default_uq?.where, '"is_default" = 1');
  assert.deepEqual(shape.tags?.primaryKeys, ["resource_type,resource_id,key"]);
});

// One small table in both dialects, and a drift of each kind on the PostgreSQL side: each must be seen.
function sqliteTwin() {
  const parents = sqliteCore.sqliteTable("parents", { id: sqliteCore.text("id").primaryKey() });
  const items = sqliteCore.sqliteTable(
    "items",
    {
      id: sqliteCore.integer("id").primaryKey({ autoIncrement: true }),
      parentId: sqliteCore
        .text("parent_id")
        .notNull()
        .references(() => parents.id),
      live: sqliteCore.integer("live", { mode: "boolean" }).notNull().default(true),
      at: sqliteCore
        .integer("at", { mode: "timestamp_ms" })
        .notNull()
        .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    },
    (t) => [sqliteCore.uniqueIndex("items_parent_uq").on(t.parentId).where(sql`${t.live} = 1`)],
  );
  return { parents, items };
}

type PgDrift = {
  extraColumn?: boolean;
  extraIndex?: boolean;
  nullable?: boolean;
  otherDefault?: boolean;
  otherWhere?: boolean;
  notUnique?: boolean;
  noForeignKey?: boolean;
  timestampWithoutZone?: boolean;
  textNotBoolean?: boolean;
};

function pgTwin(drift: PgDrift = {}) {
  const parents = pgCore.pgTable("parents", { id: pgCore.text("id").primaryKey() });
  const parentId = pgCore.text("parent_id").notNull();
  const live = drift.textNotBoolean
    ? pgCore.text("live").notNull().default("true")
    : pgCore.boolean("live").notNull().default(!drift.otherDefault);
  const at = pgCore.timestamp("at", {
    mode: "date",
    withTimezone: !drift.timestampWithoutZone,
    precision: 3,
  });
  const items = pgCore.pgTable(
    "items",
    {
      id: pgCore.bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
      parentId: drift.noForeignKey ? parentId : parentId.references(() => parents.id),
      live,
      at: drift.nullable ? at.defaultNow() : at.notNull().defaultNow(),
      ...(drift.extraColumn ? { note: pgCore.text("note") } : {}),
    },
    (t) => [
      (drift.notUnique ? pgCore.index : pgCore.uniqueIndex)("items_parent_uq")
        .on(t.parentId)
        .where(drift.otherWhere ? sql`${t.live} = false` : sql`${t.live} = true`),
      ...(drift.extraIndex ? [pgCore.index("items_at_idx").on(t.at)] : []),
    ],
  );
  return { parents, items };
}

test("the two small twins match when they do not drift (the drift test compares like with like)", () => {
  assert.deepEqual(describePgSchema(pgTwin()), describeSqliteSchema(sqliteTwin()));
});

test("the comparison fails on each kind of drift between the two dialects", () => {
  const sqliteShape = describeSqliteSchema(sqliteTwin());
  const drifts: PgDrift[] = [
    { extraColumn: true },
    { extraIndex: true },
    { nullable: true },
    { otherDefault: true },
    { otherWhere: true },
    { notUnique: true },
    { noForeignKey: true },
    { timestampWithoutZone: true },
    { textNotBoolean: true },
  ];
  for (const drift of drifts) {
    assert.notDeepEqual(describePgSchema(pgTwin(drift)), sqliteShape, `not seen: ${JSON.stringify(drift)}`);
  }
});

// The app reads and writes the same row types on both dialects; `npm run typecheck` fails otherwise.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Rows<M, K extends "$inferSelect" | "$inferInsert"> = {
  [T in keyof M]: M[T] extends Record<K, infer R> ? R : never;
};
export const sameSelectedRows: Same<
  Rows<typeof sqliteSchema, "$inferSelect">,
  Rows<typeof pgSchema, "$inferSelect">
> = true;
export const sameInsertedRows: Same<
  Rows<typeof sqliteSchema, "$inferInsert">,
  Rows<typeof pgSchema, "$inferInsert">
> = true;
