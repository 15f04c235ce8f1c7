import { eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections } from "../../../db/schema";
import { remove } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { cancelUnpaidOrders } from "./payment";
import { type RefundDto, refundUnusedPeriod } from "./refunds";
import { hostedConnectionStateOf } from "./states";
import { releaseVlanIfUnused } from "./vlan-allocations";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
});

/**
 * "Delete": the tenant, or the partner when it pays (or withdrawing an offer nobody accepted). The VBR
 * must be deleted first. The VLAN is freed unless a legacy VBR still holds it, and a port still inside its
 * paid period refunds the unused part to the payer; an expired one refunds nothing.
 */
export const deletePhysicalConnection = defineOperation({
  action: "DeletePhysicalConnection",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ refunds: RefundDto[] }> {
    const { hc, circuit, vbr, role } = await loadHostedConnection(
      tx,
      account,
      q.regionId,
      q.physicalConnectionId,
      {
        key: "InvalidPhysicalConnectionId.NotFound#Records",
        field: "PhysicalConnectionId",
      },
    );
    const patch = unwrap(remove(hostedConnectionStateOf(hc, vbr !== null), role));
    const refunds = await refundUnusedPeriod(tx, hc, ctx.now);
    await cancelUnpaidOrders(tx, hc.id);
    await tx
      .update(hostedConnections)
      .set({ ...patch, deletedAt: ctx.now, vlanAllocationId: null })
      .where(eq(hostedConnections.id, hc.id));
    if (hc.vlanAllocationId !== null) await releaseVlanIfUnused(tx, hc.vlanAllocationId);
    if (role === "tenant") await notifyPortParty(tx, hc, circuit, "partner", "portDeletedByTenant", ctx.now);
    // Each refund goes to its order's payer; the caller learns only of its own.
    return { refunds: refunds.filter((refund) => refund.payerUid === account.uid) };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
