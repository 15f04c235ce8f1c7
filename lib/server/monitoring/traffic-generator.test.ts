import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { trafficSamples } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { demoCountersAt, phaseOf } from "../../domain/demo-traffic";
import { ensureDemoAccessKeys } from "../access-keys";
import { startMonitoringServer, type TestServer } from "./test-server";
import { generatorTargets, pushDemoTraffic } from "./traffic-generator";

const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
const demoPartners: string[] = [DEMO_ACCOUNTS.unicom.uid, DEMO_ACCOUNTS.equinix.uid];
const partnerKeys = keys.filter((k) => demoPartners.includes(k.accountUid));
let url = "";
let server: TestServer | undefined;
before(async () => {
  server = await startMonitoringServer(db);
  url = `${server.origin}/api/monitoring/write`;
});
after(() => server?.close());

describe("the demo traffic generator", () => {
  test("targets the live shared ports and active VBRs, a hosted VBR at its port's spec", async () => {
    const targets = await generatorTargets(db);
    const byId = new Map(targets.map((t) => [t.instanceId, t]));
    assert.equal(byId.get(DEMO_HOSTED_CONNECTIONS.acmeHzProd)?.capacityMbps, 1000);
    assert.equal(byId.get(DEMO_VBRS.acmeVbrProd)?.capacityMbps, 1000);
    assert.equal(byId.get(DEMO_VBRS.acmeVbrProd)?.phase, phaseOf(DEMO_HOSTED_CONNECTIONS.acmeHzProd));
    assert.equal(
      byId.has(DEMO_HOSTED_CONNECTIONS.globexOffer),
      false,
      "a port pending acceptance carries nothing",
    );
    assert.equal(
      byId.has(DEMO_HOSTED_CONNECTIONS.initechVaLocked),
      false,
      "a FinancialLocked port carries nothing",
    );
    assert.ok(targets.every((t) => demoPartners.includes(t.partnerUid)));
  });

  test("a day's backfill and the next minute go through the endpoint and store the model's bytes", async () => {
    const end = Math.floor(Date.now() / 60_000) * 60_000;
    const start = end - 24 * 3_600_000;
    const targets = await generatorTargets(db);
    const pushed = await pushDemoTraffic(url, targets, partnerKeys, start, end);
    assert.equal(pushed, targets.length * 9 * 1440);
    // A restarted generator resends what was stored (skipped) and continues the same counters.
    await pushDemoTraffic(url, targets, partnerKeys, start, end + 60_000);
    const port = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
    const rows = await withTransaction(db, "read", (tx) =>
      tx.select().from(trafficSamples).where(eq(trafficSamples.instanceId, port)),
    );
    const stored = rows.reduce((sum, r) => sum + r.bytesOut, 0);
    const model = (at: number) => demoCountersAt(at, 1000, phaseOf(port)).ifHCOutOctets;
    // Counters restart at each month's start: the stored total is the model's growth across it.
    const monthStart = Date.UTC(new Date(end).getUTCFullYear(), new Date(end).getUTCMonth(), 1);
    const expected =
      start + 60_000 < monthStart && monthStart <= end + 60_000
        ? model(monthStart - 60_000) - model(start + 60_000) + model(end + 60_000)
        : model(end + 60_000) - model(start + 60_000);
    assert.ok(Math.abs(stored - expected) <= 1, `${stored} vs ${expected}`);
    // One row a minute with bytes; the first minute has only the link state (its readings set the start).
    assert.equal(rows.filter((r) => r.bytesOut > 0).length, 1440);
    assert.equal(rows.length, 1441);
  });

  test("a partner's key pushes nothing for another partner's ports: the endpoint refuses it", async () => {
    const equinix = keys.filter((k) => k.accountUid === DEMO_ACCOUNTS.equinix.uid);
    const targets = (await generatorTargets(db)).map((t) => ({
      ...t,
      partnerUid: DEMO_ACCOUNTS.equinix.uid,
    }));
    await assert.rejects(
      pushDemoTraffic(url, targets, equinix, Date.now() - 120_000, Date.now()),
      /push refused: 403/,
    );
  });
});
