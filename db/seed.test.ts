import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { periodEnd } from "../lib/domain/billing";
import { payerRole } from "../lib/domain/enums";
import { subscriptionPhase } from "../lib/domain/subscription";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_ORDERS } from "./seed";
import * as pg from "./schema-pg";
import * as t from "./schema-sqlite";
import { createPgTestDb, createSqliteTestDb, postgresSkipReason } from "./test/test-db";

type PortRow = typeof t.hostedConnections.$inferSelect;
type OrderRow = typeof t.orders.$inferSelect;

const NOW = new Date("2026-11-22T08:00:00Z");

/** Every paid demo port has the paid first order of its payer, and its period is the one that order bought. */
function assertPaidPortsHaveOrders(ports: PortRow[], orders: OrderRow[]): void {
  const paid = ports.filter((p) => p.paid);
  assert.deepEqual(
    paid.map((p) => p.id).sort(),
    Object.values(DEMO_HOSTED_CONNECTIONS)
      .filter((id) => id !== DEMO_HOSTED_CONNECTIONS.globexOffer)
      .sort(),
  );
  for (const port of paid) {
    const bought = orders.filter(
      (o) => o.hostedConnectionId === port.id && o.status === "paid" && o.type === "new",
    );
    assert.equal(bought.length, 1, `${port.name} has one paid first order`);
    const order = bought[0] as OrderRow;
    const partner = port.circuitId.includes("0xieq") ? DEMO_ACCOUNTS.equinix.uid : DEMO_ACCOUNTS.unicom.uid;
    const payer = payerRole(port.orderMode) === "partner" ? partner : port.tenantUid;
    assert.deepEqual(
      [order.serviceFrom?.toISOString(), order.serviceUntil?.toISOString()],
      [port.enabledAt?.toISOString(), port.endTime?.toISOString()],
      `${port.name}'s order bought its current period`,
    );
    assert.equal(order.payerUid, payer, `${port.name} is paid by its payer`);
    assert.equal(order.spec, port.spec);
    assert.ok(port.enabledAt && port.endTime);
    assert.equal(
      port.endTime.toISOString(),
      periodEnd(port.enabledAt, order.period, order.pricingCycle).toISOString(),
      `${port.name} expires when the period its order bought ends`,
    );
  }
  assert.deepEqual(orders.map((o) => o.id).sort(), Object.values(DEMO_ORDERS).sort());
}

/** The subscription demo: within a week of expiry, locked in its grace period, and auto-renewing. */
function assertSubscriptionDemo(ports: PortRow[]): void {
  const byId = new Map(ports.map((p) => [p.id, p]));
  const expiring = byId.get(DEMO_HOSTED_CONNECTIONS.initechVaExpiring);
  const locked = byId.get(DEMO_HOSTED_CONNECTIONS.initechVaLocked);
  const autoRenew = byId.get(DEMO_HOSTED_CONNECTIONS.initechVaAutoRenew);
  assert.equal(subscriptionPhase(expiring?.endTime ?? null, NOW), "expiring");
  assert.equal(subscriptionPhase(locked?.endTime ?? null, NOW), "locked");
  assert.equal(locked?.businessStatus, "FinancialLocked");
  assert.equal(autoRenew?.autoRenew, true);
  assert.equal(subscriptionPhase(autoRenew?.endTime ?? null, NOW), "active");
}

describe("demo set", () => {
  test("SQLite: every paid port has its order", async () => {
    const db = createSqliteTestDb({ now: NOW });
    const ports = await db.select().from(t.hostedConnections);
    assertPaidPortsHaveOrders(ports, await db.select().from(t.orders));
    assertSubscriptionDemo(ports);
  });

  const skip = postgresSkipReason();
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const drop of cleanups) await drop();
  });
  test("PostgreSQL: every paid port has its order", { skip }, async () => {
    const { db, drop } = await createPgTestDb({ now: NOW });
    cleanups.push(drop);
    assertPaidPortsHaveOrders(
      await db.select().from(pg.hostedConnections),
      (await db.select().from(pg.orders)) as OrderRow[],
    );
  });
});
