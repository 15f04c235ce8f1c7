// The demo set documented in README.md ("Demo data"). Tests and docs rely on these names, UIDs and
// states; change them only together with the README. VLANs 1000-2999 stay free on every circuit.
import { sql } from "drizzle-orm";
import type { AnyDb, Db, PgDb } from "./client";
import { dialectOf } from "./dialect";
import { orderAmountCents, periodEnd } from "../lib/domain/billing";
import { hashPassword } from "../lib/server/password";
import { newUserId } from "../lib/server/ids";
import * as t from "./schema-sqlite";
import * as pg from "./schema-pg";

export const DEMO_PASSWORD = "Demo1234!";

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_ACCOUNTS = {
  unicom: { uid: "1310000000000001", email: "unicom@partner.example", name: "China Unicom" },
  equinix: { uid: "5310000000000002", email: "equinix@partner.example", name: "Equinix" },
  acme: { uid: "1210123456123456", email: "acme@tenant.example", name: "Acme" },
  globex: { uid: "1210987654321098", email: "globex@tenant.example", name: "Globex" },
  initech: { uid: "5210000000000003", email: "initech@tenant.example", name: "Initech" },
  acmeRam: { uid: "2210000000000004", email: null, name: "Acme RAM user" },
} as const;

export const DEMO_CIRCUITS = {
  unicomHz01: "pc-bp1cu0hz01n8k2m4q7xa",
  unicomHz02: "pc-bp1cu0hz02w5r9t3p6yb",
  unicomBj01: "pc-2zecu0bj01h4d8f2k6vc",
  equinixDc11a: "pc-0xieq0dc11a3j7l1n5rd",
  equinixDc11b: "pc-0xieq0dc11b9s2u6w4te",
} as const;

export const DEMO_HOSTED_CONNECTIONS = {
  acmeHzProd: "pc-bp1hc0acmeprod7g3k9m2",
  globexOffer: "pc-bp1hc0globexoff5q8w1e",
  acmeHzBackup: "pc-bp1hc0acmebkup2x6c4v8",
  initechVaExpiring: "pc-0xihc0initexp3m7q2w5",
  initechVaLocked: "pc-0xihc0initlck8n4r6t1",
  initechVaAutoRenew: "pc-0xihc0initaut5k9s3y7",
} as const;

export const DEMO_VBRS = {
  acmeVbrProd: "vbr-bp1acmeprod0f3h7j1k5",
  globexLegacy: "vbr-bp1globexlgcy9d2g6h0",
} as const;

/** The paid first order behind each paid demo port: refunds and renewals work on the demo set. */
export const DEMO_ORDERS = {
  acmeHzProd: "200000000000101",
  acmeHzBackup: "200000000000201",
  initechVaExpiring: "200000000000301",
  initechVaLocked: "200000000000302",
  initechVaAutoRenew: "200000000000303",
} as const;

type Schema = typeof t;
type TableName = {
  [K in keyof Schema]: Schema[K] extends { $inferInsert: Record<string, unknown> } ? K : never;
}[keyof Schema];
/** Rows for one table, named by its export in db/schema-sqlite.ts and db/schema-pg.ts (their row types are the same). */
type Batch = { [K in TableName]: { table: K; rows: Schema[K]["$inferInsert"][] } }[TableName];

const DEMO_VLANS = {
  prod: { circuitId: DEMO_CIRCUITS.unicomHz01, vlanId: 101 },
  offer: { circuitId: DEMO_CIRCUITS.unicomHz01, vlanId: 102 },
  backup: { circuitId: DEMO_CIRCUITS.unicomHz02, vlanId: 201 },
  legacy: { circuitId: DEMO_CIRCUITS.unicomHz02, vlanId: 202 },
  expiring: { circuitId: DEMO_CIRCUITS.equinixDc11a, vlanId: 301 },
  locked: { circuitId: DEMO_CIRCUITS.equinixDc11a, vlanId: 302 },
  autoRenew: { circuitId: DEMO_CIRCUITS.equinixDc11b, vlanId: 301 },
};
type DemoVlans = Record<keyof typeof DEMO_VLANS, number>;

/** The demo set in insertion order: what comes before the VLAN allocations, and what needs their ids. */
function demoSet(now: Date, passwordHash: string) {
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * DAY);
  const { unicom, equinix, acme, globex, initech, acmeRam } = DEMO_ACCOUNTS;
  const people = [unicom, equinix, acme, globex, initech];
  const circuit = (
    id: string,
    ownerUid: string,
    regionId: string,
    accessPointId: string,
    name: string,
    capacityMbps: number,
    lineOperator: "CU" | "Equinix",
  ) => ({
    id,
    ownerUid,
    regionId,
    accessPointId,
    name,
    capacityMbps,
    status: "Enabled" as const,
    lineOperator,
    portType: capacityMbps >= 10000 ? "10GBase-LR" : "1000Base-LX",
    createdAt: at(-400),
    enabledAt: at(-390),
  });

  const beforeVlans: Batch[] = [
    {
      table: "regions",
      rows: [
        {
          id: "cn-hangzhou",
          nameEn: "China (Hangzhou)",
          nameZh: "华东1（杭州）",
          idPrefix: "bp1",
          sortOrder: 1,
        },
        {
          id: "cn-beijing",
          nameEn: "China (Beijing)",
          nameZh: "华北2（北京）",
          idPrefix: "2ze",
          sortOrder: 2,
        },
        {
          id: "us-east-1",
          nameEn: "US (Virginia)",
          nameZh: "美国（弗吉尼亚）",
          idPrefix: "0xi",
          sortOrder: 3,
        },
      ],
    },
    {
      table: "accessPoints",
      rows: [
        {
          id: "ap-cn-hangzhou-yh-B",
          regionId: "cn-hangzhou",
          nameEn: "Hangzhou-Yuhang-B",
          nameZh: "杭州-余杭-B",
        },
        {
          id: "ap-cn-hangzhou-xs-A",
          regionId: "cn-hangzhou",
          nameEn: "Hangzhou-Xiaoshan-A",
          nameZh: "杭州-萧山-A",
        },
        {
          id: "ap-cn-beijing-ft-A",
          regionId: "cn-beijing",
          nameEn: "Beijing-Fengtai-A",
          nameZh: "北京-丰台-A",
        },
        {
          id: "ap-us-ashburn-dc11-A",
          regionId: "us-east-1",
          nameEn: "Ashburn-DC11-A",
          nameZh: "阿什本-DC11-A",
        },
        {
          id: "ap-us-ashburn-dc11-B",
          regionId: "us-east-1",
          nameEn: "Ashburn-DC11-B",
          nameZh: "阿什本-DC11-B",
        },
      ],
    },
    {
      table: "accounts",
      rows: [
        {
          uid: unicom.uid,
          name: unicom.name,
          site: "china",
          isPartner: true,
          highSpecAllowed: true,
          privilegeValidFrom: now,
          privilegeValidUntil: at(1),
        },
        {
          uid: equinix.uid,
          name: equinix.name,
          site: "international",
          isPartner: true,
          privilegeValidFrom: at(-3),
          privilegeValidUntil: at(-2),
        },
        // Outbound data transfer billing: Acme and Globex have enabled it (their legacy VBRs can be
        // transformed), Initech has not, so a transform of its VBRs is refused until it does.
        { uid: acme.uid, name: acme.name, site: "china", trafficBillingEnabled: true },
        { uid: globex.uid, name: globex.name, site: "china", trafficBillingEnabled: true },
        { uid: initech.uid, name: initech.name, site: "international", trafficBillingEnabled: false },
        { uid: acmeRam.uid, name: acmeRam.name, site: "china", type: "ram", parentUid: acme.uid },
      ],
    },
    {
      table: "privilegeApplications",
      rows: [
        {
          id: "app-demounicom000001",
          accountUid: unicom.uid,
          quotaId: "ec/can_buy_1G_vpconn",
          value: "valid",
          validFrom: now,
          validUntil: at(1),
          reason: "China Unicom customers require hosted connections to Alibaba Cloud.",
          notifyResult: false,
          status: "approved",
          createdAt: now,
        },
        {
          id: "app-demoequinix00001",
          accountUid: equinix.uid,
          quotaId: "ec/can_buy_1G_vpconn",
          value: "valid",
          validFrom: at(-3),
          validUntil: at(-2),
          reason: "Equinix Fabric customers require hosted connections to Alibaba Cloud.",
          notifyResult: true,
          status: "approved",
          createdAt: at(-3),
        },
      ],
    },
    {
      table: "users",
      rows: people.map((p) => ({
        id: newUserId(),
        email: p.email,
        passwordHash,
        accountUid: p.uid,
        displayName: p.name,
      })),
    },
    {
      table: "resourceGroups",
      rows: [...people, acmeRam].map((p, i) => ({
        id: `rg-demo${String(i + 1).padStart(10, "0")}`,
        accountUid: p.uid,
        name: "default resource group",
        isDefault: true,
      })),
    },
    {
      table: "circuits",
      rows: [
        circuit(
          DEMO_CIRCUITS.unicomHz01,
          unicom.uid,
          "cn-hangzhou",
          "ap-cn-hangzhou-yh-B",
          "unicom-hz-01",
          10000,
          "CU",
        ),
        circuit(
          DEMO_CIRCUITS.unicomHz02,
          unicom.uid,
          "cn-hangzhou",
          "ap-cn-hangzhou-xs-A",
          "unicom-hz-02",
          10000,
          "CU",
        ),
        circuit(
          DEMO_CIRCUITS.unicomBj01,
          unicom.uid,
          "cn-beijing",
          "ap-cn-beijing-ft-A",
          "unicom-bj-01",
          1000,
          "CU",
        ),
        circuit(
          DEMO_CIRCUITS.equinixDc11a,
          equinix.uid,
          "us-east-1",
          "ap-us-ashburn-dc11-A",
          "equinix-dc11-01",
          10000,
          "Equinix",
        ),
        circuit(
          DEMO_CIRCUITS.equinixDc11b,
          equinix.uid,
          "us-east-1",
          "ap-us-ashburn-dc11-B",
          "equinix-dc11-02",
          10000,
          "Equinix",
        ),
      ],
    },
  ];
  // acme-hz-prod: Acme bought one month when it went live; acme-hz-backup: Unicom bought three months
  // before Acme accepted it, and the period started at acceptance.
  const prodStart = at(-10);
  const backupStart = at(-40);
  // Initech's periods in US (Virginia): one ends within a week, one ended days ago (locked, in its grace
  // period), and one renews itself when its year ends.
  const expiringStart = at(-25);
  const lockedStart = at(-35);
  const autoRenewStart = at(-60);
  const initechPort = (
    id: string,
    circuitId: string,
    vlanAllocationId: number,
    name: string,
    spec: "100M" | "200M" | "500M",
    start: Date,
    term: { period: number; cycle: "Month" | "Year" },
  ) => ({
    id,
    circuitId,
    tenantUid: initech.uid,
    vlanAllocationId,
    spec,
    orderMode: "PayByVirtualPhysicalConnectionOwner" as const,
    status: "Enabled" as const,
    vpconnStatus: "Confirmed" as const,
    loaStatus: "Complete" as const,
    paid: true,
    name,
    createdByUid: equinix.uid,
    createdAt: new Date(start.getTime() - DAY),
    enabledAt: start,
    endTime: periodEnd(start, term.period, term.cycle),
  });
  const initechOrder = (
    id: string,
    hostedConnectionId: string,
    spec: "100M" | "200M" | "500M",
    start: Date,
    term: { period: number; cycle: "Month" | "Year" },
    autoRenew = false,
  ) => ({
    id,
    payerUid: initech.uid,
    hostedConnectionId,
    type: "new" as const,
    spec,
    pricingCycle: term.cycle,
    period: term.period,
    autoRenew,
    amountCents: orderAmountCents(spec, term.period, term.cycle),
    currency: "CNY",
    status: "paid" as const,
    createdAt: start,
    paidAt: start,
    serviceFrom: start,
    serviceUntil: periodEnd(start, term.period, term.cycle),
  });
  const month = { period: 1, cycle: "Month" as const };
  const year = { period: 1, cycle: "Year" as const };
  const afterVlans = (vlan: DemoVlans): Batch[] => [
    {
      table: "hostedConnections",
      rows: [
        {
          id: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          tenantUid: acme.uid,
          vlanAllocationId: vlan.prod,
          spec: "1G",
          orderMode: "PayByVirtualPhysicalConnectionOwner",
          status: "Enabled",
          vpconnStatus: "Confirmed",
          loaStatus: "Complete",
          paid: true,
          name: "acme-hz-prod",
          description: "Acme production link to Hangzhou",
          createdByUid: unicom.uid,
          createdAt: at(-12),
          enabledAt: prodStart,
          endTime: periodEnd(prodStart, 1, "Month"),
        },
        {
          id: DEMO_HOSTED_CONNECTIONS.globexOffer,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          tenantUid: globex.uid,
          vlanAllocationId: vlan.offer,
          spec: "200M",
          orderMode: "PayByVirtualPhysicalConnectionOwner",
          status: "Allocated",
          vpconnStatus: "UnConfirmed",
          paid: false,
          name: "globex-offer",
          createdByUid: unicom.uid,
          createdAt: at(-1),
        },
        {
          id: DEMO_HOSTED_CONNECTIONS.acmeHzBackup,
          circuitId: DEMO_CIRCUITS.unicomHz02,
          tenantUid: acme.uid,
          vlanAllocationId: vlan.backup,
          spec: "500M",
          orderMode: "PayByPhysicalConnectionOwner",
          status: "Terminated",
          vpconnStatus: "Confirmed",
          loaStatus: "Complete",
          paid: true,
          name: "acme-hz-backup",
          createdByUid: unicom.uid,
          createdAt: at(-45),
          enabledAt: backupStart,
          endTime: periodEnd(backupStart, 3, "Month"),
          statusChangedAt: at(-5),
        },
        initechPort(
          DEMO_HOSTED_CONNECTIONS.initechVaExpiring,
          DEMO_CIRCUITS.equinixDc11a,
          vlan.expiring,
          "initech-va-expiring",
          "100M",
          expiringStart,
          month,
        ),
        {
          ...initechPort(
            DEMO_HOSTED_CONNECTIONS.initechVaLocked,
            DEMO_CIRCUITS.equinixDc11a,
            vlan.locked,
            "initech-va-locked",
            "200M",
            lockedStart,
            month,
          ),
          businessStatus: "FinancialLocked",
          expiryNotice: "expired",
        },
        {
          ...initechPort(
            DEMO_HOSTED_CONNECTIONS.initechVaAutoRenew,
            DEMO_CIRCUITS.equinixDc11b,
            vlan.autoRenew,
            "initech-va-autorenew",
            "500M",
            autoRenewStart,
            year,
          ),
          autoRenew: true,
        },
      ],
    },
    {
      table: "orders",
      rows: [
        {
          id: DEMO_ORDERS.acmeHzProd,
          payerUid: acme.uid,
          hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
          type: "new",
          spec: "1G",
          pricingCycle: "Month",
          period: 1,
          amountCents: orderAmountCents("1G", 1, "Month"),
          currency: "CNY",
          status: "paid",
          createdAt: prodStart,
          paidAt: prodStart,
          serviceFrom: prodStart,
          serviceUntil: periodEnd(prodStart, 1, "Month"),
        },
        {
          id: DEMO_ORDERS.acmeHzBackup,
          payerUid: unicom.uid,
          hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzBackup,
          type: "new",
          spec: "500M",
          pricingCycle: "Month",
          period: 3,
          amountCents: orderAmountCents("500M", 3, "Month"),
          currency: "CNY",
          status: "paid",
          createdAt: at(-45),
          paidAt: at(-45),
          serviceFrom: backupStart,
          serviceUntil: periodEnd(backupStart, 3, "Month"),
        },
        initechOrder(
          DEMO_ORDERS.initechVaExpiring,
          DEMO_HOSTED_CONNECTIONS.initechVaExpiring,
          "100M",
          expiringStart,
          month,
        ),
        initechOrder(
          DEMO_ORDERS.initechVaLocked,
          DEMO_HOSTED_CONNECTIONS.initechVaLocked,
          "200M",
          lockedStart,
          month,
        ),
        initechOrder(
          DEMO_ORDERS.initechVaAutoRenew,
          DEMO_HOSTED_CONNECTIONS.initechVaAutoRenew,
          "500M",
          autoRenewStart,
          year,
          true,
        ),
      ],
    },
    {
      table: "vbrs",
      rows: [
        {
          id: DEMO_VBRS.acmeVbrProd,
          ownerUid: acme.uid,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
          vlanAllocationId: vlan.prod,
          name: "acme-vbr-prod",
          status: "active",
          localGatewayIp: "172.16.0.1",
          peerGatewayIp: "172.16.0.2",
          peeringSubnetMask: "255.255.255.252",
          routeTableId: "vtb-bp1acmeprod0rt000001",
          vlanInterfaceId: "ri-bp1acmeprod0ri000001",
          createdAt: at(-9),
          activatedAt: at(-9),
        },
        {
          id: DEMO_VBRS.globexLegacy,
          ownerUid: globex.uid,
          circuitId: DEMO_CIRCUITS.unicomHz02,
          vlanAllocationId: vlan.legacy,
          name: "globex-legacy-vbr",
          description: "Shared VBR from before shared ports",
          status: "active",
          bandwidthMbps: null,
          localGatewayIp: "192.168.10.1",
          peerGatewayIp: "192.168.10.2",
          peeringSubnetMask: "255.255.255.252",
          routeTableId: "vtb-bp1globexlgcyrt00001",
          vlanInterfaceId: "ri-bp1globexlgcyri00001",
          createdAt: at(-300),
          activatedAt: at(-300),
        },
      ],
    },
  ];
  return { beforeVlans, afterVlans };
}

/**
 * Seeds the demo set into an empty, migrated database. Does nothing when accounts already exist.
 * Synchronous on SQLite (the tests' in-memory databases), a promise on PostgreSQL.
 */
export function seedDemo(db: Db, now?: Date): boolean;
export function seedDemo(db: PgDb, now?: Date): Promise<boolean>;
export function seedDemo(db: AnyDb, now?: Date): boolean | Promise<boolean>;
export function seedDemo(db: AnyDb, now = new Date()): boolean | Promise<boolean> {
  return dialectOf(db) === "postgresql" ? seedPostgres(db as PgDb, now) : seedSqlite(db as Db, now);
}

const VLAN_KEYS = Object.keys(DEMO_VLANS) as (keyof DemoVlans)[];

// A batch names its table by export name; db/schema-equivalence.test.ts proves both dialects' row
// types equal, so the casts below only pick the dialect's table.
const SQLITE_TABLES: Record<TableName, unknown> = t;
const PG_TABLES: Record<TableName, unknown> = pg;

/** The SQLite seed, synchronous: a new file is seeded before anything else can open it. */
export function seedSqlite(db: Db, now = new Date()): boolean {
  // A new database: neither the demo's nor an operator's data (users, accounts, regions) in it.
  for (const table of [t.accounts, t.users, t.regions]) {
    const existing = db.select({ n: sql<number>`count(*)` }).from(table).get();
    if (existing && existing.n > 0) return false;
  }
  const { beforeVlans, afterVlans } = demoSet(now, hashPassword(DEMO_PASSWORD));
  db.transaction((tx) => {
    const insert = (batch: Batch) =>
      tx
        .insert(SQLITE_TABLES[batch.table] as typeof t.regions)
        .values(batch.rows as never)
        .run();
    for (const batch of beforeVlans) insert(batch);
    const vlan = {} as DemoVlans;
    for (const key of VLAN_KEYS)
      vlan[key] = tx.insert(t.vlanAllocations).values(DEMO_VLANS[key]).returning().get().id;
    for (const batch of afterVlans(vlan)) insert(batch);
  });
  return true;
}

async function seedPostgres(db: PgDb, now: Date): Promise<boolean> {
  for (const table of [pg.accounts, pg.users, pg.regions]) {
    const [existing] = await db.select({ n: sql<number>`count(*)` }).from(table);
    if (existing && Number(existing.n) > 0) return false;
  }
  const { beforeVlans, afterVlans } = demoSet(now, hashPassword(DEMO_PASSWORD));
  await db.transaction(async (tx) => {
    const insert = (batch: Batch) =>
      tx.insert(PG_TABLES[batch.table] as typeof pg.regions).values(batch.rows as never);
    for (const batch of beforeVlans) await insert(batch);
    const vlan = {} as DemoVlans;
    for (const key of VLAN_KEYS) {
      const [allocated] = await tx.insert(pg.vlanAllocations).values(DEMO_VLANS[key]).returning();
      if (!allocated) throw new Error("INSERT ... RETURNING returned no row");
      vlan[key] = allocated.id;
    }
    for (const batch of afterVlans(vlan)) await insert(batch);
  });
  return true;
}
