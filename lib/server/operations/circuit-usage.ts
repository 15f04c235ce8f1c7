// What the live shared ports of a circuit hold: the count quota and the reserved bandwidth.
import { and, count, eq, ne } from "drizzle-orm";
import { type Circuit, hostedConnections } from "../../../db/schema";
import { checkCapacity, checkVpconnQuota, reservedSpec } from "../../domain/capacity";
import type { Spec } from "../../domain/enums";
import { unwrap } from "../../domain/verdict";
import type { Tx } from "./context";
import { liveHostedConnection } from "./records";

/** One reserved Spec per live port, counted in SQL: a circuit with thousands of ports yields a few rows. */
async function liveReservations(tx: Tx, circuitId: string, exceptId?: string): Promise<Spec[]> {
  const rows = await tx
    .select({
      spec: hostedConnections.spec,
      expectSpec: hostedConnections.expectSpec,
      n: count(),
    })
    .from(hostedConnections)
    .where(
      and(
        eq(hostedConnections.circuitId, circuitId),
        liveHostedConnection,
        exceptId === undefined ? undefined : ne(hostedConnections.id, exceptId),
      ),
    )
    .groupBy(hostedConnections.spec, hostedConnections.expectSpec);
  return rows.flatMap((row) => Array<Spec>(row.n).fill(reservedSpec(row.spec, row.expectSpec)));
}

/** A new shared port on the circuit: under the count quota, and its Spec fits the capacity left. */
export async function assertRoomForNewPort(tx: Tx, circuit: Circuit, spec: Spec): Promise<void> {
  const reserved = await liveReservations(tx, circuit.id);
  unwrap(checkVpconnQuota({ liveCount: reserved.length, quota: circuit.vpconnQuota }));
  unwrap(checkCapacity({ capacityMbps: circuit.capacityMbps, liveSpecs: reserved, requested: spec }));
}

/**
 * A port going live (paid, accepted, recovered, its VBR confirmed): what it reserves still fits beside the
 * other ports' reservations, so no path makes more bandwidth live than the circuit has.
 */
export async function assertPortFits(
  tx: Tx,
  circuit: Circuit,
  port: { id: string; spec: Spec; expectSpec: Spec | null },
): Promise<void> {
  await assertRoomForSpec(tx, circuit, port.id, reservedSpec(port.spec, port.expectSpec), "Spec");
}

/** A port asking for more bandwidth: the other ports' reservations plus the new Spec fit. */
export async function assertRoomForSpec(
  tx: Tx,
  circuit: Circuit,
  portId: string,
  spec: Spec,
  field: string,
): Promise<void> {
  const others = await liveReservations(tx, circuit.id, portId);
  unwrap(checkCapacity({ capacityMbps: circuit.capacityMbps, liveSpecs: others, requested: spec, field }));
}
