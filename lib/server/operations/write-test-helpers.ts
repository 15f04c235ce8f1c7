// Shared by the write-operation tests: a fresh demo database at a fixed time, callers by demo name, and
// "refused with nothing changed" checks over every table a write may touch.
import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { env } from "../../env";
import type { OperationContext } from "./context";
import { contextFor } from "./test-helpers";

export const NOW = new Date("2026-11-22T08:00:00Z");
export const SETTLE_MS = env.ASYNC_SETTLE_SECONDS * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type Who = keyof typeof DEMO_ACCOUNTS;

export function freshDb(): Db {
  return createTestDb({ now: NOW });
}

export function caller(db: Db, who: Who, now: Date = NOW): OperationContext {
  return contextFor(db, DEMO_ACCOUNTS[who].uid, now);
}

export function later(ms: number, from: Date = NOW): Date {
  return new Date(from.getTime() + ms);
}

// audit_events is left out on purpose: a refusal is recorded there.
const TABLES = [
  "accounts",
  "resource_groups",
  "circuits",
  "vlan_allocations",
  "hosted_connections",
  "vbrs",
  "tags",
  "orders",
  "refunds",
  "privilege_applications",
  "idempotency_tokens",
];

export function snapshot(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLES.map((table) => [table, db.$client.prepare(`select * from ${table} order by rowid`).all()]),
  );
}

/** fn throws the DomainError with this catalog key (or wire code). */
export function assertRefused(fn: () => unknown, key: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isDomainError(e), `expected a DomainError, got ${String(e)}`);
    assert.ok(e.key === key || e.code === key, `expected ${key}, got ${e.key}`);
    return true;
  });
}

/** fn is refused with `key` and no table changed. */
export function assertRefusedUnchanged(db: Db, fn: () => unknown, key: string): void {
  const before = snapshot(db);
  assertRefused(fn, key);
  assert.deepEqual(snapshot(db), before, `a refusal (${key}) changed the database`);
}

export function row<T>(db: Db, sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).get(...params) as T;
}

export function count(db: Db, table: string): number {
  return row<{ n: number }>(db, `select count(*) as n from ${table}`).n;
}
