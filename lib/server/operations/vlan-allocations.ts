// The VLANs in use on a circuit live in vlan_allocations: a shared port and the VBR on it share one row.
import { and, eq, ne } from "drizzle-orm";
import { first, only } from "../../../db/rows";
import { hostedConnections, vbrs, vlanAllocations, vlanReservations } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { checkVlanFor, type VlanSpace } from "../../domain/vlan";
import { unwrap } from "../../domain/verdict";
import type { Tx } from "./context";
import { isUniqueViolation } from "./unique-violation";

async function takenVlans(tx: Tx, circuitId: string, exceptAllocationId?: number): Promise<number[]> {
  const rows = await tx
    .select({ vlanId: vlanAllocations.vlanId })
    .from(vlanAllocations)
    .where(
      and(
        eq(vlanAllocations.circuitId, circuitId),
        exceptAllocationId === undefined ? undefined : ne(vlanAllocations.id, exceptAllocationId),
      ),
    );
  return rows.map((row) => row.vlanId);
}

/** What the VLAN rules of a circuit look at: the VLANs in use (but the one being moved) and the reservations. */
export async function vlanSpaceOf(
  tx: Tx,
  circuitId: string,
  exceptAllocationId?: number,
): Promise<VlanSpace> {
  const reservations = await tx
    .select({
      fromVlan: vlanReservations.fromVlan,
      toVlan: vlanReservations.toVlan,
      tenantUid: vlanReservations.tenantUid,
    })
    .from(vlanReservations)
    .where(eq(vlanReservations.circuitId, circuitId));
  return { taken: await takenVlans(tx, circuitId, exceptAllocationId), reservations };
}

function usedError() {
  return domainError("InvalidVlanId.Used", { field: "VlanId" });
}

/** Inserts the row; a concurrent writer that took the VLAN first still gets InvalidVlanId.Used. */
export async function insertAllocation(tx: Tx, circuitId: string, vlanId: number): Promise<number> {
  try {
    return (
      await only(
        tx.insert(vlanAllocations).values({ circuitId, vlanId }).returning({ id: vlanAllocations.id }),
      )
    ).id;
  } catch (error) {
    if (isUniqueViolation(error, "vlan_allocations")) throw usedError();
    throw error;
  }
}

/**
 * Takes a VLAN on the circuit for the tenant (unique; VLAN 0 exclusive; not reserved for someone else)
 * and returns the allocation ID.
 */
export async function allocateVlan(
  tx: Tx,
  circuitId: string,
  vlanId: number,
  tenantUid: string,
): Promise<number> {
  unwrap(checkVlanFor(await vlanSpaceOf(tx, circuitId), vlanId, tenantUid));
  return await insertAllocation(tx, circuitId, vlanId);
}

/** Changes the VLAN of an allocation, for its tenant; whatever shares the row (port and VBR) follows. */
export async function moveVlan(
  tx: Tx,
  allocationId: number,
  circuitId: string,
  vlanId: number,
  tenantUid: string,
): Promise<void> {
  unwrap(checkVlanFor(await vlanSpaceOf(tx, circuitId, allocationId), vlanId, tenantUid));
  try {
    await tx.update(vlanAllocations).set({ vlanId }).where(eq(vlanAllocations.id, allocationId));
  } catch (error) {
    if (isUniqueViolation(error, "vlan_allocations")) throw usedError();
    throw error;
  }
}

/** Frees the VLAN once neither a live shared port nor a VBR points at it. */
export async function releaseVlanIfUnused(tx: Tx, allocationId: number): Promise<void> {
  const port = await first(
    tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .where(eq(hostedConnections.vlanAllocationId, allocationId))
      .limit(1),
  );
  const vbr = await first(
    tx.select({ id: vbrs.id }).from(vbrs).where(eq(vbrs.vlanAllocationId, allocationId)).limit(1),
  );
  if (!port && !vbr) await tx.delete(vlanAllocations).where(eq(vlanAllocations.id, allocationId));
}
