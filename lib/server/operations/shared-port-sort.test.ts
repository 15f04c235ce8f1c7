// Sorting the console's shared-port lists by a column, in the database: created, expires, VLAN, bandwidth.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS } from "../../../db/seed";
import type { SharedPortSortKey, SortOrder } from "../../inputs/list-sort";
import { describePhysicalConnections } from "./describe-physical-connections";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";
import { runOperation } from "./operation";
import type { HostedConnectionDto } from "./records";
import { buy, caller, freshDb, HZ, later, offerPort, accept } from "./write-test-helpers";

const db = await freshDb();
// Three new ports for Acme on unicom-hz-01, created a minute apart; one paid for a year, one for a month.
const made: string[] = [];
for (const [i, [vlanId, spec]] of (
  [
    [1500, "100M"],
    [1100, "1G"],
    [1300, "50M"],
  ] as const
).entries()) {
  made.push(await offerPort(db, { vlanId, spec }, later(i * 60_000)));
}
await accept(db, made[0] as string, "acme", later(5 * 60_000));
await buy(db, made[0] as string, "acme", later(5 * 60_000), { pricingCycle: "Year", period: 1 });
await accept(db, made[1] as string, "acme", later(5 * 60_000));
await buy(db, made[1] as string, "acme", later(5 * 60_000));

async function partnerList(key: SharedPortSortKey, order: SortOrder): Promise<HostedConnectionDto[]> {
  const out = await runOperation(listVirtualPhysicalConnections, caller(db, "unicom", later(10 * 60_000)), {
    regionId: HZ,
    physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    aliUids: ["1210123456123456"],
    maxResults: 100,
    pageNumber: 1,
    sort: { key, order },
  });
  return out.items;
}

async function tenantList(key: SharedPortSortKey, order: SortOrder, pageSize = 50, pageNumber = 1) {
  const out = await runOperation(describePhysicalConnections, caller(db, "acme", later(10 * 60_000)), {
    regionId: HZ,
    pageSize,
    pageNumber,
    sort: { key, order },
  });
  return out.items as HostedConnectionDto[];
}

const ids = (items: HostedConnectionDto[]) => items.map((p) => p.id).filter((id) => made.includes(id));

describe("a shared-port list sorted by a column", () => {
  test("created: newest first by default, oldest first ascending", async () => {
    assert.deepEqual(ids(await partnerList("created", "desc")), [made[2], made[1], made[0]]);
    assert.deepEqual(ids(await partnerList("created", "asc")), [made[0], made[1], made[2]]);
  });

  test("VLAN, both ways", async () => {
    const asc = await partnerList("vlan", "asc");
    const vlans = asc.map((p) => p.vlanId);
    assert.deepEqual(
      vlans,
      [...vlans].sort((a, b) => Number(a) - Number(b)),
    );
    assert.deepEqual(ids(asc), [made[1], made[2], made[0]]);
    assert.deepEqual(ids(await partnerList("vlan", "desc")), [made[0], made[2], made[1]]);
  });

  test("bandwidth by Mbit/s, not by the Spec's text", async () => {
    assert.deepEqual(ids(await partnerList("bandwidth", "asc")), [made[2], made[0], made[1]]);
    assert.deepEqual(ids(await partnerList("bandwidth", "desc")), [made[1], made[0], made[2]]);
  });

  test("expires: soonest first ascending, ports without an expiry last either way", async () => {
    assert.deepEqual(ids(await partnerList("expires", "asc")), [made[1], made[0], made[2]]);
    assert.deepEqual(ids(await partnerList("expires", "desc")), [made[0], made[1], made[2]]);
    const all = await partnerList("expires", "asc");
    const firstUnpaid = all.findIndex((p) => p.endTime === null);
    assert.ok(
      all.slice(firstUnpaid).every((p) => p.endTime === null),
      "no expiry comes last",
    );
  });

  test("the tenant's list sorts the same way, and pages follow the order", async () => {
    assert.deepEqual(ids(await tenantList("vlan", "asc")), [made[1], made[2], made[0]]);
    const whole = (await tenantList("bandwidth", "desc")).map((p) => p.id);
    const paged = [
      ...(await tenantList("bandwidth", "desc", 2, 1)),
      ...(await tenantList("bandwidth", "desc", 2, 2)),
      ...(await tenantList("bandwidth", "desc", 2, 3)),
    ].map((p) => p.id);
    assert.deepEqual(paged, whole);
  });

  test("an unknown column is refused", async () => {
    await assert.rejects(
      runOperation(listVirtualPhysicalConnections, caller(db, "unicom"), {
        regionId: HZ,
        sort: { key: "name", order: "asc" },
      }),
      (error: { code?: string }) => error.code === "InvalidParameter",
    );
  });
});
