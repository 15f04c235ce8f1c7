// The VLANs in use on a circuit live in vlan_allocations: a shared port and the VBR on it share one row.
import { and, eq, ne } from "drizzle-orm";
import { first, only } from "../../../db/rows";
import { hostedConnections, vbrs, vlanAllocations } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { checkVlanAvailable } from "../../domain/vlan";
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

/** Reserves a VLAN on the circuit (unique; VLAN 0 exclusive) and returns the allocation ID. */
export async function allocateVlan(tx: Tx, circuitId: string, vlanId: number): Promise<number> {
  unwrap(checkVlanAvailable({ vlanId, taken: await takenVlans(tx, circuitId) }));
  return await insertAllocation(tx, circuitId, vlanId);
}

/** Changes the VLAN of an allocation; whatever shares the row (port and VBR) follows. */
export async function moveVlan(
  tx: Tx,
  allocationId: number,
  circuitId: string,
  vlanId: number,
): Promise<void> {
  unwrap(checkVlanAvailable({ vlanId, taken: await takenVlans(tx, circuitId, allocationId) }));
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
