// The shapes operations return (DTOs, never Drizzle rows), and the selects that build them. The HTTP
// API maps these to Alibaba's PascalCase records; the console renders them.
import { and, type Column, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  accessPoints,
  accounts,
  circuits,
  hostedConnections,
  tags,
  vbrs,
  vlanAllocations,
} from "../../../db/schema";
import type {
  BusinessStatus,
  LineOperator,
  LoaStatus,
  OrderMode,
  PhysicalConnectionStatus,
  Spec,
  VbrStatus,
  VpconnStatus,
} from "../../domain/enums";
import { reservedSpec } from "../../domain/capacity";
import { SPECS, specMbps } from "../../domain/enums";
import type { SharedPortSort } from "../../inputs/list-sort";
import type { Tx } from "./context";

export type TagDto = { key: string; value: string };

export type CircuitDto = {
  id: string;
  productType: "PhysicalConnection";
  ownerUid: string;
  name: string;
  description: string | null;
  regionId: string;
  accessPointId: string;
  accessPointName: string;
  accessPointNameZh: string;
  capacityMbps: number;
  status: PhysicalConnectionStatus;
  lineOperator: LineOperator;
  portType: string;
  circuitCode: string | null;
  createdAt: string;
  enabledAt: string | null;
  hostedConnectionCount: number;
  usedMbps: number;
  vpconnQuota: number;
};

export type HostedConnectionDto = {
  id: string;
  productType: "VirtualPhysicalConnection";
  name: string | null;
  description: string | null;
  circuitId: string;
  circuitName: string;
  partnerUid: string;
  partnerName: string;
  tenantUid: string;
  regionId: string;
  accessPointId: string;
  lineOperator: LineOperator;
  portType: string;
  circuitCapacityMbps: number;
  vlanId: number | null;
  spec: Spec;
  expectSpec: Spec | null;
  orderMode: OrderMode;
  status: PhysicalConnectionStatus;
  vpconnStatus: VpconnStatus;
  businessStatus: BusinessStatus;
  loaStatus: LoaStatus | null;
  paid: boolean;
  resourceGroupId: string | null;
  sourceVbrId: string | null;
  vbrId: string | null;
  createdAt: string;
  enabledAt: string | null;
  endTime: string | null;
  /** The payer's auto-renewal switch. */
  autoRenew: boolean;
  /** When an offer still unaccepted lapses; null for offers made before offers expired. */
  offerExpiresAt: string | null;
  /** Why the tenant declined the offer, when it said; console only. */
  declineReason: string | null;
  tags: TagDto[];
};

export type VbrDto = {
  id: string;
  name: string | null;
  description: string | null;
  ownerUid: string;
  circuitId: string;
  circuitName: string;
  circuitOwnerUid: string;
  hostedConnectionId: string | null;
  /** What the API calls PhysicalConnectionId: the shared port for a hosted VBR, else the circuit. */
  physicalConnectionId: string;
  /** Who pays for the shared port under a hosted VBR; null on a legacy VBR. */
  hostedConnectionOrderMode: OrderMode | null;
  /** Status of what the VBR sits on: its shared port, or the circuit for a legacy VBR. */
  physicalConnectionStatus: PhysicalConnectionStatus;
  /** A legacy VBR transformed to a shared port that is not attached yet: that port's ID. */
  transformedToId: string | null;
  regionId: string;
  accessPointId: string;
  vlanId: number;
  /** Mbit/s; a hosted VBR follows its shared port's spec, a legacy VBR has its own cap or none. */
  bandwidthMbps: number | null;
  status: VbrStatus;
  localGatewayIp: string | null;
  peerGatewayIp: string | null;
  peeringSubnetMask: string | null;
  routeTableId: string;
  vlanInterfaceId: string;
  createdAt: string;
  activatedAt: string | null;
  terminatedAt: string | null;
  recoveredAt: string | null;
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * A hosted connection is live until deleted: it holds its VLAN and counts against capacity. The status is
 * a literal, not a bound parameter, so SQLite can use a partial index on live rows without re-preparing
 * the statement on every call.
 */
export const liveHostedConnection = sql`${hostedConnections.vpconnStatus} <> 'Deleted'`;

export function circuitSelect(tx: Tx) {
  return tx
    .select({ circuit: circuits, accessPoint: accessPoints })
    .from(circuits)
    .innerJoin(accessPoints, eq(accessPoints.id, circuits.accessPointId));
}

type CircuitRow = Awaited<ReturnType<typeof circuitSelect>>[number];

/**
 * Builds circuit DTOs with their shared-port count and used bandwidth in one grouped query. A requested
 * bandwidth counts as the capacity check counts it: the larger of Spec and ExpectSpec until paid.
 */
export async function toCircuitDtos(tx: Tx, rows: CircuitRow[]): Promise<CircuitDto[]> {
  const ids = rows.map((r) => r.circuit.id);
  const usage = new Map<string, { count: number; usedMbps: number }>();
  if (ids.length > 0) {
    const grouped = await tx
      .select({
        circuitId: hostedConnections.circuitId,
        spec: hostedConnections.spec,
        expectSpec: hostedConnections.expectSpec,
        n: count(),
      })
      .from(hostedConnections)
      .where(and(inArray(hostedConnections.circuitId, ids), liveHostedConnection))
      .groupBy(hostedConnections.circuitId, hostedConnections.spec, hostedConnections.expectSpec);
    for (const g of grouped) {
      const u = usage.get(g.circuitId) ?? { count: 0, usedMbps: 0 };
      u.count += g.n;
      u.usedMbps += g.n * specMbps(reservedSpec(g.spec, g.expectSpec));
      usage.set(g.circuitId, u);
    }
  }
  return rows.map(({ circuit: c, accessPoint: ap }) => ({
    id: c.id,
    productType: "PhysicalConnection",
    ownerUid: c.ownerUid,
    name: c.name,
    description: c.description,
    regionId: c.regionId,
    accessPointId: c.accessPointId,
    accessPointName: ap.nameEn,
    accessPointNameZh: ap.nameZh,
    capacityMbps: c.capacityMbps,
    status: c.status,
    lineOperator: c.lineOperator,
    portType: c.portType,
    circuitCode: c.circuitCode,
    createdAt: iso(c.createdAt) ?? "",
    enabledAt: iso(c.enabledAt),
    hostedConnectionCount: usage.get(c.id)?.count ?? 0,
    usedMbps: usage.get(c.id)?.usedMbps ?? 0,
    vpconnQuota: c.vpconnQuota,
  }));
}

const partnerAccount = alias(accounts, "partner_account");

export function hostedConnectionSelect(tx: Tx) {
  return tx
    .select({
      hc: hostedConnections,
      circuit: circuits,
      partnerName: partnerAccount.name,
      vlanId: vlanAllocations.vlanId,
      vbrId: vbrs.id,
    })
    .from(hostedConnections)
    .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
    .innerJoin(partnerAccount, eq(partnerAccount.uid, circuits.ownerUid))
    .leftJoin(vlanAllocations, eq(vlanAllocations.id, hostedConnections.vlanAllocationId))
    .leftJoin(vbrs, eq(vbrs.hostedConnectionId, hostedConnections.id));
}

type HostedConnectionRow = Awaited<ReturnType<typeof hostedConnectionSelect>>[number];

/**
 * One page of shared ports, newest first unless `sort` says otherwise. The page is picked on
 * hosted_connections alone (an index walk when one fits; the VLAN order joins the allocation) and only
 * its rows are joined, so a deep OFFSET skips index entries, not joined rows.
 */
export async function selectHostedConnectionPage(
  tx: Tx,
  where: SQL | undefined,
  limit: number,
  offset: number,
  sort?: SharedPortSort,
): Promise<HostedConnectionRow[]> {
  const order = sharedPortOrder(sort);
  const picked = tx.select({ id: hostedConnections.id }).from(hostedConnections);
  const page = (
    sort?.key === "vlan"
      ? picked.leftJoin(vlanAllocations, eq(vlanAllocations.id, hostedConnections.vlanAllocationId))
      : picked
  )
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  return await hostedConnectionSelect(tx)
    .where(inArray(hostedConnections.id, page))
    .orderBy(...order);
}

/** Bandwidth order: SPECS is listed from the smallest up. */
const specRank = sql.raw(
  `case "hosted_connections"."spec" ${SPECS.map((spec, i) => `when '${spec}' then ${i}`).join(" ")} end`,
);

/** ORDER BY of a shared-port list; ports without a value (no expiry, no VLAN) come last either way. */
function sharedPortOrder(sort: SharedPortSort | undefined): SQL[] {
  const key = sort?.key ?? "created";
  const ascending = sort?.order === "asc";
  // Newest first is the order hosted_connections_live_circuit_idx walks: kept exactly as written there.
  if (key === "created") {
    return ascending
      ? [sql`${hostedConnections.createdAt} asc`, sql`${hostedConnections.id} asc`]
      : [desc(hostedConnections.createdAt), sql`${hostedConnections.id}`];
  }
  const dir = sql.raw(ascending ? "asc" : "desc");
  const column =
    key === "expires"
      ? sql`${hostedConnections.endTime}`
      : key === "vlan"
        ? sql`${vlanAllocations.vlanId}`
        : specRank;
  return [sql`${column} ${dir} nulls last`, sql`${hostedConnections.id} ${dir}`];
}

export async function toHostedConnectionDtos(
  tx: Tx,
  rows: HostedConnectionRow[],
): Promise<HostedConnectionDto[]> {
  const tagsByResource = await loadTags(
    tx,
    "hosted_connection",
    rows.map((r) => r.hc.id),
  );
  return rows.map(({ hc, circuit, partnerName, vlanId, vbrId }) => ({
    id: hc.id,
    productType: "VirtualPhysicalConnection",
    name: hc.name,
    description: hc.description,
    circuitId: circuit.id,
    circuitName: circuit.name,
    partnerUid: circuit.ownerUid,
    partnerName,
    tenantUid: hc.tenantUid,
    regionId: circuit.regionId,
    accessPointId: circuit.accessPointId,
    lineOperator: circuit.lineOperator,
    portType: circuit.portType,
    circuitCapacityMbps: circuit.capacityMbps,
    vlanId: vlanId ?? null,
    spec: hc.spec,
    expectSpec: hc.expectSpec,
    orderMode: hc.orderMode,
    status: hc.status,
    vpconnStatus: hc.vpconnStatus,
    businessStatus: hc.businessStatus,
    loaStatus: hc.loaStatus,
    paid: hc.paid,
    resourceGroupId: hc.resourceGroupId,
    sourceVbrId: hc.sourceVbrId,
    vbrId: vbrId ?? null,
    createdAt: iso(hc.createdAt) ?? "",
    enabledAt: iso(hc.enabledAt),
    endTime: iso(hc.endTime),
    autoRenew: hc.autoRenew,
    offerExpiresAt: iso(hc.offerExpiresAt),
    declineReason: hc.declineReason,
    tags: tagsByResource.get(hc.id) ?? [],
  }));
}

const vbrHostedConnection = alias(hostedConnections, "vbr_hosted_connection");

export function vbrSelect(tx: Tx) {
  return tx
    .select({
      vbr: vbrs,
      circuit: circuits,
      vlanId: vlanAllocations.vlanId,
      hostedSpec: vbrHostedConnection.spec,
      hostedOrderMode: vbrHostedConnection.orderMode,
      hostedStatus: vbrHostedConnection.status,
    })
    .from(vbrs)
    .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
    .innerJoin(vlanAllocations, eq(vlanAllocations.id, vbrs.vlanAllocationId))
    .leftJoin(vbrHostedConnection, eq(vbrHostedConnection.id, vbrs.hostedConnectionId));
}

type VbrRow = Awaited<ReturnType<typeof vbrSelect>>[number];

/**
 * One page of VBRs, newest first: the page is picked on vbrs alone, then only its rows are joined. The
 * live shared port a legacy VBR was transformed to is looked up once for the page, not joined to every
 * candidate row (hosted_connections has no index on source_vbr_id: each join was a table scan).
 */
export async function selectVbrPage(
  tx: Tx,
  where: SQL | undefined,
  limit: number,
  offset: number,
): Promise<VbrDto[]> {
  const order = [desc(vbrs.createdAt), vbrs.id] as const;
  const page = tx
    .select({ id: vbrs.id })
    .from(vbrs)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const rows = await vbrSelect(tx)
    .where(inArray(vbrs.id, page))
    .orderBy(...order);
  const legacyIds = rows.filter((r) => r.vbr.hostedConnectionId === null).map((r) => r.vbr.id);
  return toVbrDtos(rows, await transformedPorts(tx, legacyIds));
}

/** The live shared port each of these legacy VBRs was transformed to (Transform to Shared Port), by VBR. */
async function transformedPorts(tx: Tx, legacyVbrIds: string[]): Promise<Map<string, string>> {
  if (legacyVbrIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: hostedConnections.id, vbrId: hostedConnections.sourceVbrId })
    .from(hostedConnections)
    .where(and(inArray(hostedConnections.sourceVbrId, legacyVbrIds), liveHostedConnection));
  return new Map(rows.map((r) => [r.vbrId ?? "", r.id]));
}

export function toVbrDtos(rows: VbrRow[], transformedTo: ReadonlyMap<string, string>): VbrDto[] {
  return rows.map(({ vbr, circuit, vlanId, hostedSpec, hostedOrderMode, hostedStatus }) => ({
    id: vbr.id,
    name: vbr.name,
    description: vbr.description,
    ownerUid: vbr.ownerUid,
    circuitId: circuit.id,
    circuitName: circuit.name,
    circuitOwnerUid: circuit.ownerUid,
    hostedConnectionId: vbr.hostedConnectionId,
    physicalConnectionId: vbr.hostedConnectionId ?? circuit.id,
    hostedConnectionOrderMode: hostedOrderMode ?? null,
    physicalConnectionStatus: hostedStatus ?? circuit.status,
    transformedToId: vbr.hostedConnectionId === null ? (transformedTo.get(vbr.id) ?? null) : null,
    regionId: circuit.regionId,
    accessPointId: circuit.accessPointId,
    vlanId,
    bandwidthMbps: hostedSpec ? specMbps(hostedSpec) : vbr.bandwidthMbps,
    status: vbr.status,
    localGatewayIp: vbr.localGatewayIp,
    peerGatewayIp: vbr.peerGatewayIp,
    peeringSubnetMask: vbr.peeringSubnetMask,
    routeTableId: vbr.routeTableId,
    vlanInterfaceId: vbr.vlanInterfaceId,
    createdAt: iso(vbr.createdAt) ?? "",
    activatedAt: iso(vbr.activatedAt),
    terminatedAt: iso(vbr.terminatedAt),
    recoveredAt: iso(vbr.recoveredAt),
  }));
}

async function loadTags(
  tx: Tx,
  resourceType: "hosted_connection" | "vbr",
  ids: string[],
): Promise<Map<string, TagDto[]>> {
  const out = new Map<string, TagDto[]>();
  if (ids.length === 0) return out;
  const rows = await tx
    .select()
    .from(tags)
    .where(and(eq(tags.resourceType, resourceType), inArray(tags.resourceId, ids)));
  for (const row of rows) {
    const list = out.get(row.resourceId) ?? [];
    list.push({ key: row.key, value: row.value });
    out.set(row.resourceId, list);
  }
  return out;
}

/**
 * Case-insensitive substring match where `%` and `_` typed in a search box are literal text. Both sides
 * go through the database's lower(): SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
 */
export function contains(column: Column, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${column}) like lower(${pattern}) escape '\\'`;
}
