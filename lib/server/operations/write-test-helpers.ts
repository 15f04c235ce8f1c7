// Shared by the write-operation tests: a fresh demo database at a fixed time, callers by demo name, and
// "refused with nothing changed" checks over every table a write may touch.
import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { sqlAll, sqlGet } from "../../../db/test/raw-sql";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { env } from "../../env";
import { confirmPhysicalConnection } from "./confirm-physical-connection";
import type { OperationContext } from "./context";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { createVirtualBorderRouter } from "./create-virtual-border-router";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { runOperation } from "./operation";
import { contextFor } from "./test-helpers";

export const NOW = new Date("2026-11-22T08:00:00Z");
export const SETTLE_MS = env.ASYNC_SETTLE_SECONDS * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type Who = keyof typeof DEMO_ACCOUNTS;

export function freshDb(): Promise<Db> {
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

/** Every row of every table above, in an order independent of how the dialect stores them. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables: [string, unknown[]][] = [];
  for (const table of TABLES) {
    const rows = (await sqlAll(db, `select * from ${table}`)).map((r) => JSON.stringify(r)).sort();
    tables.push([table, rows.map((r) => JSON.parse(r))]);
  }
  return Object.fromEntries(tables);
}

/** fn rejects with the DomainError with this catalog key (or wire code). */
export async function assertRefused(fn: () => Promise<unknown>, key: string): Promise<void> {
  await assert.rejects(fn, (e: unknown) => {
    assert.ok(isDomainError(e), `expected a DomainError, got ${String(e)}`);
    assert.ok(e.key === key || e.code === key, `expected ${key}, got ${e.key}`);
    return true;
  });
}

/** fn is refused with `key` and no table changed. */
export async function assertRefusedUnchanged(db: Db, fn: () => Promise<unknown>, key: string): Promise<void> {
  const before = await snapshot(db);
  await assertRefused(fn, key);
  assert.deepEqual(await snapshot(db), before, `a refusal (${key}) changed the database`);
}

export async function row<T>(db: Db, sql: string, ...params: unknown[]): Promise<T> {
  return (await sqlGet(db, sql, ...params)) as T;
}

export async function count(db: Db, table: string): Promise<number> {
  return (await row<{ n: number }>(db, `select count(*) as n from ${table}`)).n;
}

export const HZ = "cn-hangzhou";

/** Unicom offers Acme a shared port on unicom-hz-01 (VLAN 1000, 500M, Acme pays unless told otherwise). */
export async function offerPort(
  db: Db,
  patch: Record<string, unknown> = {},
  now: Date = NOW,
): Promise<string> {
  const created = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom", now), {
    regionId: HZ,
    physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    vpconnAliUid: DEMO_ACCOUNTS.acme.uid,
    vlanId: 1000,
    spec: "500M",
    ...patch,
  });
  return created.virtualPhysicalConnection;
}

export async function accept(db: Db, id: string, who: Who = "acme", now: Date = NOW): Promise<void> {
  await runOperation(confirmPhysicalConnection, caller(db, who, now), {
    regionId: HZ,
    physicalConnectionId: id,
  });
}

/** "Buy Now": the payer orders and pays at once. */
export async function buy(
  db: Db,
  id: string,
  who: Who = "acme",
  now: Date = NOW,
  term: Record<string, unknown> = {},
): Promise<string> {
  const order = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, who, now), {
    regionId: HZ,
    physicalConnectionId: id,
    autoPay: true,
    ...term,
  });
  return order.orderId;
}

/** An Active shared port of Acme's, accepted and paid at `now` for one month. */
export async function livePort(
  db: Db,
  patch: Record<string, unknown> = {},
  now: Date = NOW,
): Promise<string> {
  const id = await offerPort(db, patch, now);
  await accept(db, id, "acme", now);
  const payer = patch.orderMode === "PayByPhysicalConnectionOwner" ? "unicom" : "acme";
  await buy(db, id, payer, now);
  return id;
}

export async function addVbr(db: Db, portId: string, now: Date = NOW, vlanId = 1000): Promise<string> {
  const created = await runOperation(createVirtualBorderRouter, caller(db, "acme", now), {
    regionId: HZ,
    physicalConnectionId: portId,
    vlanId,
    localGatewayIp: "10.0.0.1",
    peerGatewayIp: "10.0.0.2",
    peeringSubnetMask: "255.255.255.252",
  });
  return created.vbrId;
}

export type PortRow = {
  id: string;
  status: string;
  vpconn_status: string;
  loa_status: string | null;
  spec: string;
  expect_spec: string | null;
  paid: number;
  vlan_allocation_id: number | null;
  vlan_id: number | null;
  enabled_at: number | null;
  end_time: number | null;
  deleted_at: number | null;
  status_changed_at: number | null;
  source_vbr_id: string | null;
  offer_expires_at: number | string | null;
  decline_reason: string | null;
};

export function portRow(db: Db, id: string): Promise<PortRow> {
  return row<PortRow>(
    db,
    `select hc.*, va.vlan_id from hosted_connections hc
     left join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.id = ?`,
    id,
  );
}

export type VbrRow = {
  id: string;
  status: string;
  hosted_connection_id: string | null;
  vlan_allocation_id: number;
  vlan_id: number;
  bandwidth_mbps: number | null;
  name: string | null;
  description: string | null;
  local_gateway_ip: string | null;
  peer_gateway_ip: string | null;
  peering_subnet_mask: string | null;
};

export function vbrRow(db: Db, id: string): Promise<VbrRow | undefined> {
  return sqlGet<VbrRow>(
    db,
    `select v.*, va.vlan_id from vbrs v join vlan_allocations va on va.id = v.vlan_allocation_id where v.id = ?`,
    id,
  );
}
