import { and, eq } from "drizzle-orm";
import { affectedRows } from "../../../db/rows";
import { vlanReservations } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { deleteVlanReservationInput } from "../../inputs/planning";
import { loadOwnCircuit } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";

/** Console only: the partner gives a reserved VLAN range on its circuit back to everyone. */
export const deleteVlanReservation = defineOperation({
  action: "DeleteVlanReservation",
  kind: "write",
  input: deleteVlanReservationInput,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    await lockCircuit(tx, circuit.id);
    const result = await tx
      .delete(vlanReservations)
      .where(and(eq(vlanReservations.circuitId, circuit.id), eq(vlanReservations.fromVlan, q.fromVlanId)));
    if (affectedRows(result) === 0) {
      throw domainError("InvalidVlanReservation.NotFound", { field: "FromVlanId" });
    }
    return {};
  },
  resource: (q) => ({ type: "circuit", id: q.physicalConnectionId }),
});
