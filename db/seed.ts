// The demo set documented in README.md ("Demo data"). Tests and docs rely on these names, UIDs and
// states; change them only together with the README. VLANs 1000-2999 stay free on every circuit.
import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { hashPassword } from "../lib/server/password";
import { newUserId } from "../lib/server/ids";
import * as t from "./schema";

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
} as const;

export const DEMO_VBRS = {
  acmeVbrProd: "vbr-bp1acmeprod0f3h7j1k5",
  globexLegacy: "vbr-bp1globexlgcy9d2g6h0",
} as const;

/** Seeds the demo set into an empty, migrated database. Does nothing when accounts already exist. */
export function seedDemo(db: Db, now = new Date()): boolean {
  const existing = db.select({ n: sql<number>`count(*)` }).from(t.accounts).get();
  if (existing && existing.n > 0) return false;
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * DAY);
  const passwordHash = hashPassword(DEMO_PASSWORD);
  const { unicom, equinix, acme, globex, initech, acmeRam } = DEMO_ACCOUNTS;

  db.transaction((tx) => {
    tx.insert(t.regions)
      .values([
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
      ])
      .run();
    tx.insert(t.accessPoints)
      .values([
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
      ])
      .run();

    tx.insert(t.accounts)
      .values([
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
        { uid: acme.uid, name: acme.name, site: "china" },
        { uid: globex.uid, name: globex.name, site: "china" },
        { uid: initech.uid, name: initech.name, site: "international" },
        { uid: acmeRam.uid, name: acmeRam.name, site: "china", type: "ram", parentUid: acme.uid },
      ])
      .run();
    tx.insert(t.privilegeApplications)
      .values([
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
      ])
      .run();

    const people = [unicom, equinix, acme, globex, initech];
    tx.insert(t.users)
      .values(
        people.map((p) => ({
          id: newUserId(),
          email: p.email,
          passwordHash,
          accountUid: p.uid,
          displayName: p.name,
        })),
      )
      .run();
    tx.insert(t.resourceGroups)
      .values(
        [...people, acmeRam].map((p, i) => ({
          id: `rg-demo${String(i + 1).padStart(10, "0")}`,
          accountUid: p.uid,
          name: "default resource group",
          isDefault: true,
        })),
      )
      .run();

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
    tx.insert(t.circuits)
      .values([
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
      ])
      .run();

    const allocate = (circuitId: string, vlanId: number) =>
      tx.insert(t.vlanAllocations).values({ circuitId, vlanId }).returning({ id: t.vlanAllocations.id }).get()
        .id;

    const prodVlan = allocate(DEMO_CIRCUITS.unicomHz01, 101);
    const offerVlan = allocate(DEMO_CIRCUITS.unicomHz01, 102);
    const backupVlan = allocate(DEMO_CIRCUITS.unicomHz02, 201);
    const legacyVlan = allocate(DEMO_CIRCUITS.unicomHz02, 202);

    tx.insert(t.hostedConnections)
      .values([
        {
          id: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          tenantUid: acme.uid,
          vlanAllocationId: prodVlan,
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
          enabledAt: at(-10),
          endTime: at(20),
        },
        {
          id: DEMO_HOSTED_CONNECTIONS.globexOffer,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          tenantUid: globex.uid,
          vlanAllocationId: offerVlan,
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
          vlanAllocationId: backupVlan,
          spec: "500M",
          orderMode: "PayByPhysicalConnectionOwner",
          status: "Terminated",
          vpconnStatus: "Confirmed",
          loaStatus: "Complete",
          paid: true,
          name: "acme-hz-backup",
          createdByUid: unicom.uid,
          createdAt: at(-45),
          enabledAt: at(-40),
          endTime: at(50),
          statusChangedAt: at(-5),
        },
      ])
      .run();

    tx.insert(t.vbrs)
      .values([
        {
          id: DEMO_VBRS.acmeVbrProd,
          ownerUid: acme.uid,
          circuitId: DEMO_CIRCUITS.unicomHz01,
          hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
          vlanAllocationId: prodVlan,
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
          vlanAllocationId: legacyVlan,
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
      ])
      .run();
  });
  return true;
}
