// What a partner plans a circuit with: its capacity split into committed, pending and free, and what
// uses or keeps each VLAN. Read by DescribeCircuitPlan and by the bulk and pair tools' previews.
import { and, count, eq } from "drizzle-orm";
import { type Circuit, hostedConnections, vbrs, vlanAllocations, vlanReservations } from "../../../db/schema";
import { type CapacityPlan, capacityPlan } from "../../domain/capacity";
import type { Spec } from "../../domain/enums";
import type { Tx } from "./context";
import { liveHostedConnection } from "./records";

/** The circuit's capacity plan and its live port count, counted in SQL like the capacity checks. */
export async function capacityPlanOf(
  tx: Tx,
  circuit: Circuit,
): Promise<{ capacity: CapacityPlan; liveCount: number }> {
  const rows = await tx
    .select({
      spec: hostedConnections.spec,
      expectSpec: hostedConnections.expectSpec,
      vpconnStatus: hostedConnections.vpconnStatus,
      paid: hostedConnections.paid,
      n: count(),
    })
    .from(hostedConnections)
    .where(and(eq(hostedConnections.circuitId, circuit.id), liveHostedConnection))
    .groupBy(
      hostedConnections.spec,
      hostedConnections.expectSpec,
      hostedConnections.vpconnStatus,
      hostedConnections.paid,
    );
  const ports = rows.flatMap((row) =>
    Array<{ spec: Spec; expectSpec: Spec | null; inService: boolean }>(row.n).fill({
      spec: row.spec,
      expectSpec: row.expectSpec,
      inService: row.vpconnStatus === "Confirmed" && row.paid,
    }),
  );
  return {
    capacity: capacityPlan(circuit.capacityMbps, ports),
    liveCount: ports.length,
  };
}

/** One VLAN in use: the shared port holding it (and the VBR on that port), or a legacy VBR. */
export type VlanUseDto = {
  vlanId: number;
  portId: string | null;
  portName: string | null;
  vbrId: string | null;
  vbrName: string | null;
  /** The tenant of the port, or the owner of a legacy VBR. */
  tenantUid: string | null;
  status: string | null;
};

export async function vlanUsesOf(tx: Tx, circuitId: string): Promise<VlanUseDto[]> {
  const rows = await tx
    .select({
      vlanId: vlanAllocations.vlanId,
      port: {
        id: hostedConnections.id,
        name: hostedConnections.name,
        tenantUid: hostedConnections.tenantUid,
        status: hostedConnections.status,
      },
      vbr: { id: vbrs.id, name: vbrs.name, ownerUid: vbrs.ownerUid, status: vbrs.status },
    })
    .from(vlanAllocations)
    .leftJoin(hostedConnections, eq(hostedConnections.vlanAllocationId, vlanAllocations.id))
    .leftJoin(vbrs, eq(vbrs.vlanAllocationId, vlanAllocations.id))
    .where(eq(vlanAllocations.circuitId, circuitId))
    .orderBy(vlanAllocations.vlanId);
  return rows.map(({ vlanId, port, vbr }) => ({
    vlanId,
    portId: port?.id ?? null,
    portName: port?.name ?? null,
    vbrId: vbr?.id ?? null,
    vbrName: vbr?.name ?? null,
    tenantUid: port?.tenantUid ?? vbr?.ownerUid ?? null,
    status: port?.status ?? vbr?.status ?? null,
  }));
}

export type VlanReservationDto = { id: number; fromVlan: number; toVlan: number; tenantUid: string | null };

export async function reservationsOf(tx: Tx, circuitId: string): Promise<VlanReservationDto[]> {
  return tx
    .select({
      id: vlanReservations.id,
      fromVlan: vlanReservations.fromVlan,
      toVlan: vlanReservations.toVlan,
      tenantUid: vlanReservations.tenantUid,
    })
    .from(vlanReservations)
    .where(eq(vlanReservations.circuitId, circuitId))
    .orderBy(vlanReservations.fromVlan);
}
