// Fills a fresh database with a large partner estate for `npm run bench`: the demo set (accounts,
// regions, access points) from db/seed.ts, then generated circuits, tenants, shared ports with their VLAN
// allocations, VBRs on a share of them, and orders, in one transaction with prepared statements.
//
//   npx tsx bench/generate.ts [rows=100000] [file=data/bench/estate-100k.db]
import fs from "node:fs";
import path from "node:path";
import { openDb } from "../db/client";
import { DEMO_ACCOUNTS, seedDemo } from "../db/seed";
import { DEMO_PRICE_LIST } from "../lib/domain/billing";
import type { OrderMode, Spec } from "../lib/domain/enums";
import { type DemoAccessKey, ensureDemoAccessKeys } from "../lib/server/access-keys";

export const CIRCUIT_COUNT = 50;
/** Circuits 0..44 are China Unicom's (40 in Hangzhou, 5 in Beijing); 45..49 a generated partner's in Hangzhou. */
const UNICOM_CIRCUITS = 45;
const UNICOM_HANGZHOU = 40;
export const BENCH_PARTNER = { uid: "1399000000000001", name: "Bench Partner Networks" };
/** Shared ports per generated tenant (on average). */
const PORTS_PER_TENANT = 20;
/** The large circuit holds this share of all rows: mostly deleted history plus up to 2,900 live ports. */
const LARGE_SHARE = 0.1;
const LARGE_MAX_LIVE = 2900;
/** Every other circuit: this share of its rows is deleted history (no VLAN). */
const DELETED_SHARE = 0.1;
/** Legacy VBRs per circuit, as a share of its rows (at least 2). */
const LEGACY_VBR_SHARE = 0.01;
/** Live ports use VLANs 1..n; everything above stays free for the create benchmark. */
export const MAX_VLAN = 2999;
export const CIRCUIT_CAPACITY_MBPS = 400_000;
export const CIRCUIT_VPCONN_QUOTA = 5000;
/** The search term of the filtered page: matches the names of tenants 0010..0019's ports. */
export const FILTER_QUERY = "tenant001";

const DAY = 24 * 60 * 60 * 1000;

export type Estate = {
  file: string;
  rows: number;
  partnerUid: string;
  /** Unicom's circuits in cn-hangzhou, the large one first. */
  circuits: Array<{ id: string; live: number; total: number; maxVlan: number }>;
  largeCircuitId: string;
  tenantUids: string[];
  /** The demo AccessKeys (ensureDemoAccessKeys), secrets included, for signing API requests. */
  accessKeys: DemoAccessKey[];
  counts: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
};

/** A small, fast, seeded PRNG (mulberry32): the same estate every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

function idMaker(random: () => number) {
  const seen = new Set<string>();
  return (prefix: string, length = 17) => {
    for (;;) {
      let out = prefix;
      for (let i = 0; i < length; i += 1) out += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length)];
      if (!seen.has(out)) {
        seen.add(out);
        return out;
      }
    }
  };
}

function removeDb(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Row counts per circuit: the large circuit first, the rest spread evenly. */
function circuitSizes(rows: number): number[] {
  const large = Math.round(rows * LARGE_SHARE);
  const rest = rows - large;
  const others = CIRCUIT_COUNT - 1;
  return [
    large,
    ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0)),
  ];
}

type PortKind = "active" | "pending" | "waitingPayment" | "disabled";

function kindOf(r: number): PortKind {
  if (r < 0.72) return "active";
  if (r < 0.84) return "pending";
  if (r < 0.92) return "waitingPayment";
  return "disabled";
}

const LIVE_SPECS: Spec[] = ["50M", "50M", "50M", "100M", "100M", "200M"];

export async function generateEstate(file: string, rows: number, now = new Date()): Promise<Estate> {
  const started = performance.now();
  removeDb(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDb(file);
  seedDemo(db, now);
  const accessKeys = await ensureDemoAccessKeys(db, now);
  const sqlite = db.$client;
  const random = prng(0xbe9c4);
  const newId = idMaker(random);
  const at = (ms: number) => now.getTime() + ms;

  const tenantCount = Math.max(10, Math.round(rows / PORTS_PER_TENANT));
  const tenantUids = Array.from({ length: tenantCount }, (_, i) => `12990${String(i).padStart(11, "0")}`);
  const tenantSlug = (i: number) => `tenant${String(i).padStart(4, "0")}`;
  const unicom = DEMO_ACCOUNTS.unicom.uid;

  const insertAccount = sqlite.prepare(
    `insert into accounts (uid, name, site, type, is_partner, high_spec_allowed, privilege_valid_from,
       privilege_valid_until, created_at) values (?, ?, 'china', 'primary', ?, ?, ?, ?, ?)`,
  );
  const insertGroup = sqlite.prepare(
    "insert into resource_groups (id, account_uid, name, is_default, created_at) values (?, ?, 'default resource group', 1, ?)",
  );
  const insertCircuit = sqlite.prepare(
    `insert into circuits (id, owner_uid, region_id, access_point_id, name, description, capacity_mbps, status,
       line_operator, port_type, circuit_code, vpconn_quota, created_at, enabled_at)
     values (?, ?, ?, ?, ?, null, ?, 'Enabled', 'CU', '100GBase-LR4', ?, ?, ?, ?)`,
  );
  const insertVlan = sqlite.prepare("insert into vlan_allocations (circuit_id, vlan_id) values (?, ?)");
  const insertPort = sqlite.prepare(
    `insert into hosted_connections (id, circuit_id, tenant_uid, vlan_allocation_id, spec, order_mode, status,
       vpconn_status, business_status, loa_status, paid, name, description, created_by_uid, created_at,
       enabled_at, end_time, status_changed_at, deleted_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'Normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVbr = sqlite.prepare(
    `insert into vbrs (id, owner_uid, circuit_id, hosted_connection_id, vlan_allocation_id, name, status,
       local_gateway_ip, peer_gateway_ip, peering_subnet_mask, route_table_id, vlan_interface_id, created_at,
       activated_at)
     values (?, ?, ?, ?, ?, ?, 'active', ?, ?, '255.255.255.252', ?, ?, ?, ?)`,
  );
  const insertLegacyVbr = sqlite.prepare(
    `insert into vbrs (id, owner_uid, circuit_id, hosted_connection_id, vlan_allocation_id, name, status,
       bandwidth_mbps, local_gateway_ip, peer_gateway_ip, peering_subnet_mask, route_table_id, vlan_interface_id,
       created_at, activated_at)
     values (?, ?, ?, null, ?, ?, 'active', ?, ?, ?, '255.255.255.252', ?, ?, ?, ?)`,
  );
  const setSourceVbr = sqlite.prepare(
    "update hosted_connections set source_vbr_id = ? where vlan_allocation_id = ?",
  );
  // The audit trail a real estate carries: each port's creation by the partner, each acceptance by its tenant.
  const insertAudit = sqlite.prepare(
    `insert into audit_events (created_at, actor_uid, via, action, resource_type, resource_id, result, request_id)
     values (?, ?, ?, ?, 'hosted_connection', ?, 'Success', ?)`,
  );
  let auditSeq = 0;
  const audit = (at: number, actor: string, via: string, action: string, resourceId: string) => {
    auditSeq += 1;
    insertAudit.run(at, actor, via, action, resourceId, `BENCH-${String(auditSeq).padStart(12, "0")}`);
    counts.audit_events! += 1;
  };
  const insertOrder = sqlite.prepare(
    `insert into orders (id, payer_uid, hosted_connection_id, type, spec, pricing_cycle, period, auto_renew,
       amount_cents, currency, status, created_at, paid_at)
     values (?, ?, ?, 'new', ?, 'Month', ?, 0, ?, ?, ?, ?, ?)`,
  );

  const counts: Record<string, number> = {
    accounts: 0,
    resource_groups: 0,
    circuits: 0,
    vlan_allocations: 0,
    hosted_connections: 0,
    vbrs: 0,
    orders: 0,
    audit_events: 0,
  };
  const circuitsOut: Estate["circuits"] = [];
  let orderSeq = 0;

  sqlite.pragma("synchronous = OFF");
  sqlite.transaction(() => {
    insertAccount.run(BENCH_PARTNER.uid, BENCH_PARTNER.name, 1, 0, at(0), at(DAY), at(-500 * DAY));
    insertGroup.run("rg-benchpartner00", BENCH_PARTNER.uid, at(-500 * DAY));
    counts.accounts! += 1;
    counts.resource_groups! += 1;
    tenantUids.forEach((uid, i) => {
      insertAccount.run(uid, `Tenant ${String(i).padStart(4, "0")} Ltd`, 0, 0, null, null, at(-800 * DAY));
      insertGroup.run(`rg-bt${String(i).padStart(12, "0")}`, uid, at(-800 * DAY));
    });
    counts.accounts! += tenantUids.length;
    counts.resource_groups! += tenantUids.length;

    const sizes = circuitSizes(rows);
    let tenantCursor = 0;
    sizes.forEach((size, c) => {
      const unicomOwned = c < UNICOM_CIRCUITS;
      const hangzhou = !unicomOwned || c < UNICOM_HANGZHOU;
      const region = hangzhou ? "cn-hangzhou" : "cn-beijing";
      const prefix = hangzhou ? "bp1" : "2ze";
      const owner = unicomOwned ? unicom : BENCH_PARTNER.uid;
      const accessPoint = hangzhou
        ? c % 2 === 0
          ? "ap-cn-hangzhou-yh-B"
          : "ap-cn-hangzhou-xs-A"
        : "ap-cn-beijing-ft-A";
      const circuitId = newId(`pc-${prefix}`);
      const label = `${unicomOwned ? "unicom" : "benchnet"}-${hangzhou ? "hz" : "bj"}-g${String(c).padStart(3, "0")}`;
      insertCircuit.run(
        circuitId,
        owner,
        region,
        accessPoint,
        label,
        CIRCUIT_CAPACITY_MBPS,
        `CU-${String(c).padStart(6, "0")}`,
        CIRCUIT_VPCONN_QUOTA,
        at(-900 * DAY),
        at(-890 * DAY),
      );
      counts.circuits! += 1;

      // Legacy VBRs (built on the circuit before shared ports): half of them transformed to a shared port,
      // which is one of the circuit's rows, waiting for the tenant, on the VBR's VLAN.
      const legacy = Math.max(2, Math.round(size * LEGACY_VBR_SHARE));
      const transformed = Math.floor(legacy / 2);
      const rowsBeforeTransformed = size - transformed;
      const live =
        (c === 0
          ? Math.min(LARGE_MAX_LIVE, Math.round(size * 0.29))
          : size - Math.round(size * DELETED_SHARE)) - transformed;
      // Deleted history is spread through time among the live ports, as churn would leave it.
      const deletedCount = rowsBeforeTransformed - live;
      const deletedEvery = deletedCount > 0 ? rowsBeforeTransformed / deletedCount : Number.POSITIVE_INFINITY;
      let vlan = 0;
      let deletedSoFar = 0;
      for (let k = 0; k < rowsBeforeTransformed; k += 1) {
        const isDeleted =
          deletedCount > 0 &&
          Math.floor((k + 1) / deletedEvery) > deletedSoFar &&
          deletedSoFar < deletedCount;
        if (isDeleted) deletedSoFar += 1;
        const tenantIndex = tenantCursor % tenantUids.length;
        tenantCursor += 1;
        const tenantUid = tenantUids[tenantIndex]!;
        const spec = LIVE_SPECS[Math.floor(random() * LIVE_SPECS.length)]!;
        const orderMode: OrderMode =
          random() < 0.6 ? "PayByVirtualPhysicalConnectionOwner" : "PayByPhysicalConnectionOwner";
        const payer = orderMode === "PayByPhysicalConnectionOwner" ? owner : tenantUid;
        // Created over the last two years up to two days ago, oldest first.
        const createdAt = at(-730 * DAY + Math.floor(((k + random()) / rowsBeforeTransformed) * 728 * DAY));
        const portId = newId(`pc-${prefix}`);
        const name = `${tenantSlug(tenantIndex)}-${label.slice(-4)}-${String(k).padStart(5, "0")}`;
        const kind = kindOf(random());
        const price = DEMO_PRICE_LIST.monthlyCents[spec];
        const period = 1 + Math.floor(random() * 6);
        if (isDeleted) {
          const paid = random() < 0.7;
          insertPort.run(
            portId,
            circuitId,
            tenantUid,
            null,
            spec,
            orderMode,
            paid ? "Terminated" : "Allocated",
            "Deleted",
            "Deleted",
            paid ? 1 : 0,
            name,
            null,
            owner,
            createdAt,
            paid ? createdAt + DAY : null,
            paid ? createdAt + 31 * DAY : null,
            paid ? createdAt + 40 * DAY : null,
            createdAt + 41 * DAY,
          );
          audit(createdAt, owner, "api", "CreateVirtualPhysicalConnection", portId);
          if (paid) {
            orderSeq += 1;
            insertOrder.run(
              `29${String(orderSeq).padStart(13, "0")}`,
              payer,
              portId,
              spec,
              1,
              price,
              DEMO_PRICE_LIST.currency,
              "paid",
              createdAt,
              createdAt + DAY,
            );
            counts.orders! += 1;
          }
          counts.hosted_connections! += 1;
          continue;
        }
        vlan += 1;
        const allocation = Number(insertVlan.run(circuitId, vlan).lastInsertRowid);
        counts.vlan_allocations! += 1;
        const paid =
          kind === "active" ||
          kind === "disabled" ||
          (kind === "pending" && payer === owner && random() < 0.3);
        const status =
          kind === "active"
            ? "Enabled"
            : kind === "disabled"
              ? "Terminated"
              : kind === "waitingPayment"
                ? "Confirmed"
                : "Allocated";
        const vpconnStatus = kind === "pending" ? "UnConfirmed" : "Confirmed";
        const enabledAt = kind === "active" || kind === "disabled" ? createdAt + DAY : null;
        const endTime = enabledAt === null ? null : enabledAt + period * 30 * DAY + 200 * DAY;
        insertPort.run(
          portId,
          circuitId,
          tenantUid,
          allocation,
          spec,
          orderMode,
          status,
          vpconnStatus,
          enabledAt === null ? null : "Complete",
          paid ? 1 : 0,
          name,
          k % 7 === 0 ? `Link ${k} of ${tenantSlug(tenantIndex)}` : null,
          owner,
          createdAt,
          enabledAt,
          endTime,
          kind === "disabled" ? createdAt + 60 * DAY : null,
          null,
        );
        counts.hosted_connections! += 1;
        audit(createdAt, owner, "api", "CreateVirtualPhysicalConnection", portId);
        if (vpconnStatus === "Confirmed") {
          audit(createdAt + DAY / 2, tenantUid, "console", "ConfirmPhysicalConnection", portId);
        }
        if (paid || kind === "waitingPayment") {
          orderSeq += 1;
          insertOrder.run(
            `29${String(orderSeq).padStart(13, "0")}`,
            payer,
            portId,
            spec,
            period,
            price * period,
            DEMO_PRICE_LIST.currency,
            paid ? "paid" : "unpaid",
            createdAt,
            paid ? createdAt + DAY : null,
          );
          counts.orders! += 1;
        }
        // About half of the active ports carry the tenant's VBR, sharing the port's VLAN allocation.
        if (kind === "active" && random() < 0.5) {
          const octet = (vlan % 250) + 1;
          insertVbr.run(
            newId(`vbr-${prefix}`),
            tenantUid,
            circuitId,
            portId,
            allocation,
            `${name}-vbr`,
            `10.${c}.${octet}.1`,
            `10.${c}.${octet}.2`,
            newId(`vtb-${prefix}`),
            newId(`ri-${prefix}`),
            createdAt + 2 * DAY,
            createdAt + 2 * DAY,
          );
          counts.vbrs! += 1;
        }
      }
      for (let j = 0; j < legacy; j += 1) {
        vlan += 1;
        const allocation = Number(insertVlan.run(circuitId, vlan).lastInsertRowid);
        counts.vlan_allocations! += 1;
        const tenantIndex = Math.floor(random() * tenantUids.length);
        const tenantUid = tenantUids[tenantIndex]!;
        const createdAt = at(-730 * DAY + Math.floor(random() * 725 * DAY));
        const vbrId = newId(`vbr-${prefix}`);
        insertLegacyVbr.run(
          vbrId,
          tenantUid,
          circuitId,
          allocation,
          `${tenantSlug(tenantIndex)}-legacy-${j}`,
          j % 3 === 0 ? null : 100,
          `10.${c}.${(vlan % 250) + 1}.1`,
          `10.${c}.${(vlan % 250) + 1}.2`,
          newId(`vtb-${prefix}`),
          newId(`ri-${prefix}`),
          createdAt,
          createdAt,
        );
        counts.vbrs! += 1;
        if (j < transformed) {
          insertPort.run(
            newId(`pc-${prefix}`),
            circuitId,
            tenantUid,
            allocation,
            "100M",
            "PayByVirtualPhysicalConnectionOwner",
            "Allocated",
            "UnConfirmed",
            null,
            0,
            null,
            null,
            owner,
            createdAt + 100 * DAY,
            null,
            null,
            null,
            null,
          );
          setSourceVbr.run(vbrId, allocation);
          counts.hosted_connections! += 1;
        }
      }
      if (owner === unicom && hangzhou) {
        circuitsOut.push({ id: circuitId, live: live + transformed, total: size, maxVlan: vlan });
      }
    });
  })();
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();

  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    file,
    rows,
    partnerUid: unicom,
    circuits: circuitsOut,
    largeCircuitId: circuitsOut[0]!.id,
    tenantUids,
    accessKeys,
    counts,
    seconds,
    rowsPerSecond: total / seconds,
  };
}

// CLI: `npx tsx bench/generate.ts 100000 data/bench/estate.db`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const rows = Number(process.argv[2] ?? 100_000);
  const file = path.resolve(process.argv[3] ?? `data/bench/estate-${rows}.db`);
  const estate = await generateEstate(file, rows);
  const total = Object.values(estate.counts).reduce((a, b) => a + b, 0);
  console.log(
    `${file}: ${total} rows in ${estate.seconds.toFixed(2)} s (${Math.round(estate.rowsPerSecond)} rows/s)`,
  );
  console.log(estate.counts);
}
