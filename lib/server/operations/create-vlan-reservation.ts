import { eq } from "drizzle-orm";
import { first, only } from "../../../db/rows";
import { accounts, vlanReservations } from "../../../db/schema";
import { checkTenantEligible } from "../../domain/tenant-eligibility";
import { unwrap } from "../../domain/verdict";
import { checkReservationRange } from "../../domain/vlan";
import { createVlanReservationInput } from "../../inputs/planning";
import { reservationsOf } from "./circuit-plan";
import { loadOwnCircuit } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";

/**
 * Console only: the partner keeps a VLAN range on its circuit for one tenant (who must be one it could
 * offer a shared port to) or for its own use. VLANs already in use inside the range stay where they are.
 */
export const createVlanReservation = defineOperation({
  action: "CreateVlanReservation",
  kind: "write",
  input: createVlanReservationInput,
  async run({ tx, account, ctx }, q): Promise<{ reservationId: number }> {
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    await lockCircuit(tx, circuit.id);
    if (q.vpconnAliUid !== undefined) {
      const tenant =
        (await first(tx.select().from(accounts).where(eq(accounts.uid, q.vpconnAliUid)))) ?? null;
      unwrap(checkTenantEligible({ partner: account, tenant }));
    }
    unwrap(
      checkReservationRange(
        { fromVlan: q.fromVlanId, toVlan: q.toVlanId },
        await reservationsOf(tx, circuit.id),
      ),
    );
    const { id } = await only(
      tx
        .insert(vlanReservations)
        .values({
          circuitId: circuit.id,
          fromVlan: q.fromVlanId,
          toVlan: q.toVlanId,
          tenantUid: q.vpconnAliUid ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: vlanReservations.id }),
    );
    return { reservationId: id };
  },
  resource: (q) => ({ type: "circuit", id: q.physicalConnectionId }),
});
