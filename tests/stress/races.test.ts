// Races: concurrent requests against the started production server (`next start`), with the
// invariants checked in the database afterwards. One server process answers each race; every race is
// also run split over two server processes sharing the database, where the database's locking (not one
// process's event loop) has to keep the writers apart. Run with `npm run test:stress` after `npm run build`,
// on a SQLite file; `npm run test:stress:pg` runs them on PostgreSQL (STRESS_DATABASE=postgresql).
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../db/seed";
import {
  type ApiKey,
  type ApiOutcome,
  call,
  checkDatabaseFile,
  codeOf,
  globalInvariantViolations,
  isSuccess,
  mbps,
  prepareStressDatabase,
  requireBuild,
  reservedMbps,
  type Server,
  type StressDatabase,
  seconds,
  send,
  signAcs3,
  startServer,
  statusOf,
  tally,
  tempDir,
} from "./harness";

const HZ = "cn-hangzhou";
const BJ = "cn-beijing";
const TENANT_PAYS = "PayByVirtualPhysicalConnectionOwner";

let dir = "";
let store: StressDatabase | undefined;
let server: Server | undefined;
/** A second `next start` on the same database. */
let peer: Server | undefined;
let keys: Map<string, ApiKey>;
const summary: string[] = [];

function keyOf(uid: string): ApiKey {
  const key = keys.get(uid);
  assert.ok(key, `demo AccessKey of ${uid}`);
  return key;
}
const unicom = () => keyOf(DEMO_ACCOUNTS.unicom.uid);
const acme = () => keyOf(DEMO_ACCOUNTS.acme.uid);

function port(): number {
  assert.ok(server, "server started");
  return server.port;
}

type Spread = "one process" | "two processes";

type Request = { key: ApiKey; action: string; params: Record<string, string> };

/**
 * Fires all requests at once (each signed beforehand) and returns the outcomes in request order. Over
 * two processes, every other request goes to the peer server.
 */
async function fireTogether(requests: Request[], spread: Spread): Promise<ApiOutcome[]> {
  const peerPort = peer?.port;
  assert.ok(peerPort, "peer server started");
  const signed = requests.map((r, i) => {
    const target = spread === "two processes" && i % 2 === 1 ? peerPort : port();
    return { target, request: signAcs3(target, r.key, r.action, r.params) };
  });
  return Promise.all(signed.map(({ target, request }) => send(target, request)));
}

function query<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  assert.ok(store, "database prepared");
  return store.query<T>(sql, ...params);
}

async function count(sql: string, ...params: unknown[]): Promise<number> {
  const [row] = await query<{ n: number }>(sql, ...params);
  return row?.n ?? 0;
}

/** Every request got a JSON answer below 500. */
function assertNoServerError(outcomes: ApiOutcome[]): void {
  const bad = outcomes.filter((o) => o.kind !== "answer" || o.status >= 500 || o.body === null);
  assert.deepEqual(
    tally(bad.map((o) => (o.kind === "answer" ? `HTTP ${o.status}: ${o.raw.slice(0, 80)}` : codeOf(o)))),
    {},
    "every request answered with JSON, none with a 5xx",
  );
}

async function createPort(
  circuitId: string,
  regionId: string,
  vlanId: number,
  spec: string,
  name: string,
): Promise<string> {
  const outcome = await call(port(), unicom(), "CreateVirtualPhysicalConnection", {
    RegionId: regionId,
    PhysicalConnectionId: circuitId,
    VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
    VlanId: String(vlanId),
    Spec: spec,
    OrderMode: TENANT_PAYS,
    Name: name,
  });
  assert.ok(isSuccess(outcome), `setup create ${name}: ${JSON.stringify(outcome)}`);
  return String(outcome.body?.VirtualPhysicalConnection);
}

/** A deterministic shuffle (mulberry32) with a fixed seed: the same sending order on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("races against the production server", () => {
  before(async () => {
    requireBuild();
    dir = tempDir("races");
    store = await prepareStressDatabase(dir);
    keys = store.keys;
    server = await startServer(store.url);
    peer = await startServer(store.url);
    // Load the API route once in each, so the races measure the API rather than the route's first load.
    for (const s of [server, peer]) {
      const warm = await call(s.port, unicom(), "DescribeRegions", {});
      assert.ok(isSuccess(warm), `warm-up: ${JSON.stringify(warm)}\n${s.output()}`);
    }
    console.log(
      `servers ready in ${seconds(server.startMs)} and ${seconds(peer.startMs)} on ports ${server.port} and ${peer.port}, on ${store.dialect}`,
    );
  });

  after(async () => {
    await server?.stop();
    await peer?.stop();
    await store?.close();
    if (summary.length > 0) console.log(`race outcomes:\n${summary.map((line) => `  ${line}`).join("\n")}`);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function sameVlanRace(vlan: number, spread: Spread): Promise<void> {
    const circuit = DEMO_CIRCUITS.unicomHz01;
    const portsBefore = await count(
      "select count(*) as n from hosted_connections where circuit_id = ?",
      circuit,
    );
    const auditSql =
      "select count(*) as n from audit_events where action = 'CreateVirtualPhysicalConnection' and result = ?";
    const successesBefore = await count(auditSql, "Success");
    const refusalsBefore = await count(auditSql, "InvalidVlanId.Used");
    const started = Date.now();
    const outcomes = await fireTogether(
      Array.from({ length: 200 }, (_, i) => ({
        key: unicom(),
        action: "CreateVirtualPhysicalConnection",
        params: {
          RegionId: HZ,
          PhysicalConnectionId: circuit,
          VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
          VlanId: String(vlan),
          Spec: "50M",
          Name: `race-vlan-${vlan}-${i}`,
        },
      })),
      spread,
    );
    const elapsed = Date.now() - started;
    const wins = outcomes.filter(isSuccess);
    const refusals = outcomes.filter((o) => !isSuccess(o));
    const codes = tally(refusals.map(codeOf));
    summary.push(
      `(a) 200 creates of VLAN ${vlan} on unicom-hz-01, ${spread}: ${wins.length} success, ` +
        `${JSON.stringify(codes)}, ${seconds(elapsed)}`,
    );
    assertNoServerError(outcomes);
    assert.equal(wins.length, 1, "exactly one success");
    assert.deepEqual(codes, { "InvalidVlanId.Used": 199 });
    for (const refusal of refusals) assert.equal(statusOf(refusal), 400);

    const winner = String(wins[0]?.body?.VirtualPhysicalConnection);
    const allocations = await query<{ id: number }>(
      "select id from vlan_allocations where circuit_id = ? and vlan_id = ?",
      circuit,
      vlan,
    );
    assert.equal(allocations.length, 1, "one allocation of the VLAN on the circuit");
    const holders = await query<{ id: string }>(
      "select id from hosted_connections where vlan_allocation_id = ? and vpconn_status <> 'Deleted'",
      allocations[0]?.id,
    );
    assert.deepEqual(
      holders.map((h) => h.id),
      [winner],
      "the allocation is the winner's",
    );
    assert.equal(
      await count("select count(*) as n from hosted_connections where circuit_id = ?", circuit),
      portsBefore + 1,
      "one new port on the circuit, no half-made ones",
    );
    assert.deepEqual(
      [
        (await count(auditSql, "Success")) - successesBefore,
        (await count(auditSql, "InvalidVlanId.Used")) - refusalsBefore,
      ],
      [1, 199],
      "the audit trail has each request once",
    );
  }

  test("200 concurrent Create Shared Port requests for one VLAN: exactly one wins", () =>
    sameVlanRace(2500, "one process"));

  test("the same, split over two server processes on one database", () =>
    sameVlanRace(2501, "two processes"));

  async function capacityRace(spread: Spread, firstRound: number): Promise<void> {
    const circuit = DEMO_CIRCUITS.unicomBj01;
    const [{ c: capacity } = { c: 0 }] = await query<{ c: number }>(
      "select capacity_mbps as c from circuits where id = ?",
      circuit,
    );
    assert.equal(capacity, 1000, "unicom-bj-01 is 1G");
    const createSpecs = ["100M", "200M", "50M", "300M", "100M", "500M"];
    const expectSpecs = ["300M", "1G", "500M", "400M"];
    const totals = {
      rounds: 0,
      creates: 0,
      createsOk: 0,
      updates: 0,
      updatesOk: 0,
      refusals: {} as Record<string, number>,
      reserved: [] as number[],
      ms: 0,
    };
    for (let round = firstRound; round < firstRound + 3; round += 1) {
      totals.rounds += 1;
      const started = Date.now();
      assert.equal(await reservedMbps(query, circuit), 0, "the circuit starts each round empty");
      const base = 1000 + round * 100;
      // Four live 100M ports whose ExpectSpec the partner raises while new ports are being created.
      const basePorts: { id: string; vlan: number }[] = [];
      for (let j = 0; j < 4; j += 1) {
        const vlan = base + j;
        basePorts.push({ id: await createPort(circuit, BJ, vlan, "100M", `cap-${round}-base-${j}`), vlan });
      }
      type Planned = {
        kind: "create" | "update";
        needMbps: number;
        key: ApiKey;
        action: string;
        params: Record<string, string>;
      };
      const creates: Planned[] = Array.from({ length: 24 }, (_, k) => {
        const spec = createSpecs[k % createSpecs.length] as string;
        return {
          kind: "create",
          needMbps: mbps(spec),
          key: unicom(),
          action: "CreateVirtualPhysicalConnection",
          params: {
            RegionId: BJ,
            PhysicalConnectionId: circuit,
            VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
            VlanId: String(base + 10 + k),
            Spec: spec,
            OrderMode: TENANT_PAYS,
            Name: `cap-${round}-new-${k}`,
          },
        };
      });
      const updates: Planned[] = basePorts.map((p, j) => {
        const expectSpec = expectSpecs[(j + round) % expectSpecs.length] as string;
        return {
          kind: "update",
          needMbps: mbps(expectSpec),
          key: unicom(),
          action: "UpdateVirtualPhysicalConnection",
          params: { RegionId: BJ, InstanceId: p.id, VlanId: String(p.vlan), ExpectSpec: expectSpec },
        };
      });
      const planned = shuffled([...creates, ...updates], 0xc0ffee + round);
      const outcomes = await fireTogether(planned, spread);
      assertNoServerError(outcomes);

      const reserved = await reservedMbps(query, circuit);
      totals.reserved.push(reserved);
      assert.ok(
        reserved <= capacity,
        `round ${round}: ${reserved} Mbit/s reserved on a ${capacity} Mbit/s circuit`,
      );
      let expected = basePorts.length * 100;
      for (const [i, request] of planned.entries()) {
        const outcome = outcomes[i] as ApiOutcome;
        const ok = isSuccess(outcome);
        if (request.kind === "create") {
          totals.creates += 1;
          const [row] = await query<{ id: string; spec: string; vlan: number }>(
            `select hc.id, hc.spec, va.vlan_id as vlan from hosted_connections hc
             left join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.name = ?`,
            request.params.Name,
          );
          if (ok) {
            totals.createsOk += 1;
            expected += request.needMbps;
            assert.equal(row?.id, outcome.body?.VirtualPhysicalConnection, "an acknowledged create is there");
            assert.equal(row?.spec, request.params.Spec);
            assert.equal(row?.vlan, Number(request.params.VlanId));
          } else {
            assert.equal(row, undefined, `a refused create left nothing: ${request.params.Name}`);
          }
        } else {
          totals.updates += 1;
          const [row] = await query<{ spec: string; expectSpec: string | null }>(
            'select spec, expect_spec as "expectSpec" from hosted_connections where id = ?',
            request.params.InstanceId,
          );
          assert.ok(row, `port ${request.params.InstanceId} exists`);
          if (ok) {
            totals.updatesOk += 1;
            expected += request.needMbps - 100;
            assert.equal(row.expectSpec, request.params.ExpectSpec, "an acknowledged ExpectSpec is there");
          } else {
            assert.equal(row.expectSpec, null, "a refused ExpectSpec left nothing");
          }
        }
        if (!ok) {
          const code = codeOf(outcome);
          totals.refusals[code] = (totals.refusals[code] ?? 0) + 1;
          assert.equal(
            code,
            "ResourceNotEnough.Bandwidth",
            `every refusal is for bandwidth: ${JSON.stringify(outcome)}`,
          );
          assert.equal(statusOf(outcome), 400);
        }
      }
      assert.equal(reserved, expected, "the reservation is exactly what was acknowledged");
      // Reservations only grew during the round, so a request refused then must not fit now either.
      planned.forEach((request, i) => {
        if (isSuccess(outcomes[i] as ApiOutcome)) return;
        const freed = request.kind === "update" ? 100 : 0;
        assert.ok(
          reserved - freed + request.needMbps > capacity,
          `a refused ${request.kind} (${request.needMbps} Mbit/s) would not fit: ${reserved} reserved`,
        );
      });

      // Clear the circuit for the next round: the partner withdraws its offers (none was accepted).
      const live = await query<{ id: string }>(
        "select id from hosted_connections where circuit_id = ? and vpconn_status <> 'Deleted'",
        circuit,
      );
      for (const { id } of live) {
        const outcome = await call(port(), unicom(), "DeletePhysicalConnection", {
          RegionId: BJ,
          PhysicalConnectionId: id,
        });
        assert.ok(isSuccess(outcome), `cleanup delete ${id}: ${JSON.stringify(outcome)}`);
      }
      totals.ms += Date.now() - started;
    }
    const t = totals;
    summary.push(
      `(b) unicom-bj-01 (1000 Mbit/s), ${spread}, ${t.rounds} rounds of 4x100M ports + 24 creates and ` +
        `4 ExpectSpec raises at once: creates ${t.createsOk}/${t.creates} ok, ExpectSpec ${t.updatesOk}/${t.updates} ok, ` +
        `refusals ${JSON.stringify(t.refusals)}, reserved after each round ${t.reserved.join("/")} Mbit/s, ` +
        `${seconds(t.ms)}`,
    );
  }

  test("concurrent creates and ExpectSpec changes never reserve more than a circuit's capacity", () =>
    capacityRace("one process", 0));

  test("the same, split over two server processes on one database", () => capacityRace("two processes", 3));

  async function lifecycleRace(spread: Spread, vlanBase: number, seed: number): Promise<void> {
    const circuit = DEMO_CIRCUITS.unicomHz02;
    const portCount = 16;
    const ports: { id: string; vlan: number; deleter: "tenant" | "partner" }[] = [];
    for (let i = 0; i < portCount; i += 1) {
      const vlan = vlanBase + i;
      const id = await createPort(circuit, HZ, vlan, "100M", `life-${vlan}`);
      ports.push({ id, vlan, deleter: i % 2 === 0 ? "tenant" : "partner" });
    }
    type Planned = {
      port: number;
      op: "confirm" | "pay" | "delete";
      key: ApiKey;
      action: string;
      params: Record<string, string>;
    };
    const planned: Planned[] = ports.flatMap((p, i) => {
      const target = { RegionId: HZ, PhysicalConnectionId: p.id };
      const confirm: Planned = {
        port: i,
        op: "confirm",
        key: acme(),
        action: "ConfirmPhysicalConnection",
        params: target,
      };
      const pay: Planned = {
        port: i,
        op: "pay",
        key: acme(),
        action: "CreatePhysicalConnectionOccupancyOrder",
        params: { ...target, PricingCycle: "Month", Period: "1", AutoPay: "true" },
      };
      const remove: Planned = {
        port: i,
        op: "delete",
        key: p.deleter === "tenant" ? acme() : unicom(),
        action: "DeletePhysicalConnection",
        params: target,
      };
      // Each request twice but the delete: a second accept or payment must be refused, not repeated.
      return [confirm, confirm, pay, pay, remove];
    });
    const order = shuffled(planned, seed);
    const started = Date.now();
    const outcomes = await fireTogether(order, spread);
    const elapsed = Date.now() - started;
    assertNoServerError(outcomes);

    const allowedRefusals: Record<Planned["op"], string[]> = {
      // Already accepted / already deleted.
      confirm: ["IncorrectStatus.PhysicalConnection", "ResourceNotFound.PhysicalConnectionId"],
      // Not accepted yet / already paid / already deleted.
      pay: [
        "IncorrectStatus.PhysicalConnection",
        "Forbidden.NotAllowedInState",
        "InvalidPhysicalConnectionId.NotFound",
      ],
      // The partner may only withdraw an offer nobody accepted yet.
      delete: ["Forbidden.OperationNotAllowedByUser"],
    };
    const refusalCodes: string[] = [];
    const endStates: string[] = [];
    for (const [i, p] of ports.entries()) {
      const mine = order.map((request, k) => ({ request, outcome: outcomes[k] as ApiOutcome }));
      const results = mine.filter((m) => m.request.port === i);
      const ok = (op: Planned["op"]) => results.filter((r) => r.request.op === op && isSuccess(r.outcome));
      for (const r of results) {
        if (isSuccess(r.outcome)) continue;
        const code = codeOf(r.outcome);
        refusalCodes.push(`${r.request.op}: ${code}`);
        assert.ok(
          allowedRefusals[r.request.op].includes(code),
          `port ${p.id}: ${r.request.op} refused with ${code}: ${JSON.stringify(r.outcome)}`,
        );
      }
      const confirmed = ok("confirm").length;
      const paid = ok("pay");
      const deleted = ok("delete").length;
      assert.ok(confirmed <= 1 && paid.length <= 1 && deleted <= 1, `port ${p.id}: each step at most once`);
      if (paid.length > 0) assert.equal(confirmed, 1, `port ${p.id}: paid only after acceptance`);
      if (p.deleter === "tenant") assert.equal(deleted, 1, `port ${p.id}: the tenant may always delete`);

      const [row] = await query<{
        status: string;
        vpconnStatus: string;
        paid: number;
        loaStatus: string | null;
        enabledAt: number | null;
        endTime: number | null;
        deletedAt: number | null;
        allocationId: number | null;
      }>(
        `select status, vpconn_status as "vpconnStatus", paid, loa_status as "loaStatus", enabled_at as "enabledAt",
           end_time as "endTime", deleted_at as "deletedAt", vlan_allocation_id as "allocationId"
         from hosted_connections where id = ?`,
        p.id,
      );
      assert.ok(row, `port ${p.id} exists`);
      const orders = await query<{ id: string; status: string; type: string; amount: number }>(
        "select id, status, type, amount_cents as amount from orders where hosted_connection_id = ?",
        p.id,
      );
      const refunds = await query<{ orderId: string; amount: number }>(
        'select order_id as "orderId", amount_cents as amount from refunds where hosted_connection_id = ?',
        p.id,
      );
      const paidOrders = orders.filter((o) => o.status === "paid");
      const vlanHeld = {
        n: await count(
          "select count(*) as n from vlan_allocations where circuit_id = ? and vlan_id = ?",
          circuit,
          p.vlan,
        ),
      };

      // The port as the answers describe it.
      assert.equal(
        row.vpconnStatus === "Deleted",
        deleted === 1,
        `port ${p.id}: deleted iff the delete succeeded`,
      );
      assert.equal(row.paid === 1, paid.length === 1, `port ${p.id}: paid iff a payment succeeded`);
      assert.deepEqual(
        paidOrders.map((o) => o.id),
        paid.map((r) => String((r.outcome as { body: { Data?: { OrderId?: string } } }).body.Data?.OrderId)),
        `port ${p.id}: the one paid order is the acknowledged one`,
      );
      assert.ok(
        orders.every((o) => o.status !== "unpaid" || row.vpconnStatus !== "Deleted"),
        "a deleted port has no unpaid order",
      );

      let state: string;
      if (row.vpconnStatus === "Deleted") {
        assert.equal(row.loaStatus, "Deleted");
        assert.ok(row.deletedAt !== null, "deleted_at set");
        assert.equal(row.allocationId, null, "a deleted port holds no VLAN");
        assert.equal(vlanHeld.n, 0, "its VLAN is free again");
        assert.ok(["Allocated", "Confirmed", "Enabled"].includes(row.status), `deleted from ${row.status}`);
        // A deleted port that was paid for refunds each paid order, never more than was paid.
        assert.deepEqual(
          refunds.map((r) => r.orderId).sort(),
          paidOrders.map((o) => o.id).sort(),
          `port ${p.id}: one refund per paid order`,
        );
        for (const refund of refunds) {
          const paidOrder = paidOrders.find((o) => o.id === refund.orderId);
          assert.ok(
            refund.amount > 0 && refund.amount <= (paidOrder?.amount ?? 0),
            "refund within the payment",
          );
        }
        state = `deleted from ${row.status}${row.paid ? " (paid, refunded)" : ""}`;
      } else {
        assert.equal(vlanHeld.n, 1, "a live port keeps its VLAN");
        assert.deepEqual(refunds, [], "no refund while the port lives");
        const combo = `${row.status}/${row.vpconnStatus}/${row.paid ? "paid" : "unpaid"}/${row.loaStatus ?? "-"}`;
        assert.ok(
          [
            "Allocated/UnConfirmed/unpaid/-",
            "Confirmed/Confirmed/unpaid/-",
            "Enabled/Confirmed/paid/Complete",
          ].includes(combo),
          `port ${p.id}: ${combo} is a state lib/domain/hosted-connection-state.ts allows`,
        );
        if (row.status === "Enabled") assert.ok(row.enabledAt !== null && row.endTime !== null, "period set");
        state = combo;
      }
      // Never a paid order on a port that did not go live unless it was refunded.
      if (paidOrders.length > 0 && row.enabledAt === null) assert.ok(refunds.length > 0, "refunded");
      endStates.push(`${p.deleter} deletes -> ${state}`);
    }
    summary.push(
      `(c) ${portCount} ports x (2 accept, 2 pay, 1 delete) at once, ${spread}, ${seconds(elapsed)}: ` +
        `end states ${JSON.stringify(tally(endStates))}; refusals ${JSON.stringify(tally(refusalCodes))}`,
    );
  }

  test("concurrent accept, pay and delete leave each port in one valid state", () =>
    lifecycleRace("one process", 1200, 0x5eed));

  test("the same, split over two server processes on one database", () =>
    lifecycleRace("two processes", 1300, 0x5eed + 1));

  test("the database is sound afterwards", async () => {
    assert.ok(store);
    // PostgreSQL enforces foreign keys on every write and has no file to check; SQLite is checked here.
    if (store.dialect === "sqlite") {
      const { integrity, foreignKeyViolations } = checkDatabaseFile(store.url.replace(/^file:/, ""));
      assert.equal(integrity, "ok", "PRAGMA integrity_check");
      assert.deepEqual(foreignKeyViolations, [], "PRAGMA foreign_key_check");
      summary.push("integrity_check ok, foreign_key_check empty");
    }
    assert.deepEqual(
      await globalInvariantViolations(query),
      [],
      "capacity and VLAN invariants on every circuit",
    );
    summary.push("capacity and VLAN invariants hold");
  });
});
