// An offer that ends unaccepted (declined or lapsed) leaves the live ports the way a deleted one does.
import { eq } from "drizzle-orm";
import { type HostedConnection, hostedConnections } from "../../../db/schema";
import type { HostedConnectionPatch } from "../../domain/hosted-connection-state";
import type { Tx } from "./context";
import { cancelUnpaidOrders } from "./payment";
import { type RefundDto, refundUnusedPeriod } from "./refunds";
import { releaseVlanIfUnused } from "./vlan-allocations";

/**
 * Frees the offer's VLAN and capacity (it stops being live), cancels its unpaid orders and refunds a
 * partner that paid ahead in full: the port never went live.
 */
export async function endOffer(
  tx: Tx,
  hc: HostedConnection,
  patch: HostedConnectionPatch,
  now: Date,
  declineReason: string | null,
): Promise<RefundDto[]> {
  const refunds = await refundUnusedPeriod(tx, hc, now);
  await cancelUnpaidOrders(tx, hc.id);
  await tx
    .update(hostedConnections)
    .set({ ...patch, declineReason, deletedAt: now, vlanAllocationId: null })
    .where(eq(hostedConnections.id, hc.id));
  if (hc.vlanAllocationId !== null) await releaseVlanIfUnused(tx, hc.vlanAllocationId);
  return refunds;
}
