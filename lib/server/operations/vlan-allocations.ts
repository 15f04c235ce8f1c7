// The VLANs in use on a circuit live in vlan_allocations: a shared port and the VBR on it share one row.
import { and, eq, ne } from "drizzle-orm";
import { hostedConnections, vbrs, vlanAllocations } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { checkVlanAvailable } from "../../domain/vlan";
import { unwrap } from "../../domain/verdict";
import type { Tx } from "./context";
import { isUniqueViolation } from "./unique-violation";

function takenVlans(tx: Tx, circuitId: string, exceptAllocationId?: number): number[] {
  return tx
    .select({ vlanId: vlanAllocations.vlanId })
    .from(vlanAllocations)
    .where(
      and(
        eq(vlanAllocations.circuitId, circuitId),
        exceptAllocationId === undefined ? undefined : ne(vlanAllocations.id, exceptAllocationId),
      ),
    )
    .all()
    .map((row) => row.vlanId);
}

function usedError() {
  return domainError("InvalidVlanId.Used", { field: "VlanId" });
}

/** Inserts the row; a concurrent writer that took the VLAN first still gets InvalidVlanId.Used. */
export function insertAllocation(tx: Tx, circuitId: string, vlanId: number): number {
  try {
    return tx
      .insert(vlanAllocations)
      .values({ circuitId, vlanId })
      .returning({ id: vlanAllocations.id })
      .get().id;
  } catch (error) {
    if (isUniqueViolation(error, "vlan_allocations")) throw usedError();
    throw error;
  }
}

/** Reserves a VLAN on the circuit (unique; VLAN 0 exclusive) and returns the allocation ID. */
export function allocateVlan(tx: Tx, circuitId: string, vlanId: number): number {
  unwrap(checkVlanAvailable({ vlanId, taken: takenVlans(tx, circuitId) }));
  return insertAllocation(tx, circuitId, vlanId);
}

/** Changes the VLAN of an allocation; whatever shares the row (port and VBR) follows. */
export function moveVlan(tx: Tx, allocationId: number, circuitId: string, vlanId: number): void {
  unwrap(checkVlanAvailable({ vlanId, taken: takenVlans(tx, circuitId, allocationId) }));
  try {
    tx.update(vlanAllocations).set({ vlanId }).where(eq(vlanAllocations.id, allocationId)).run();
  } catch (error) {
    if (isUniqueViolation(error, "vlan_allocations")) throw usedError();
    throw error;
  }
}

/** Frees the VLAN once neither a live shared port nor a VBR points at it. */
export function releaseVlanIfUnused(tx: Tx, allocationId: number): void {
  const port = tx
    .select({ id: hostedConnections.id })
    .from(hostedConnections)
    .where(eq(hostedConnections.vlanAllocationId, allocationId))
    .get();
  const vbr = tx.select({ id: vbrs.id }).from(vbrs).where(eq(vbrs.vlanAllocationId, allocationId)).get();
  if (!port && !vbr) tx.delete(vlanAllocations).where(eq(vlanAllocations.id, allocationId)).run();
}
