// Deleting a shared port inside its paid period refunds the unused part to whoever paid for it.
import { and, eq, inArray } from "drizzle-orm";
import { type HostedConnection, type Order, orders, refunds } from "../../../db/schema";
import { refundCents, type ServiceWindow } from "../../domain/billing";
import { newRefundId } from "../ids";
import type { Tx } from "./context";

export type RefundDto = {
  refundId: string;
  orderId: string;
  payerUid: string;
  amountCents: number;
  currency: string;
};

// The first period counts from when the port went live, an upgrade from when it was paid; null: never live.
function serviceWindow(hc: HostedConnection, order: Order): ServiceWindow | null {
  if (!hc.enabledAt || !hc.endTime || !order.paidAt) return null;
  return { from: new Date(Math.max(hc.enabledAt.getTime(), order.paidAt.getTime())), until: hc.endTime };
}

/** One refund per paid order with money left; a port that never went live refunds everything. */
export async function refundUnusedPeriod(tx: Tx, hc: HostedConnection, now: Date): Promise<RefundDto[]> {
  const paid = await tx
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.hostedConnectionId, hc.id),
        eq(orders.status, "paid"),
        inArray(orders.type, ["new", "upgrade"]),
      ),
    );
  const out: RefundDto[] = [];
  for (const order of paid) {
    const window = serviceWindow(hc, order);
    const amountCents = window ? refundCents(order.amountCents, window, now) : order.amountCents;
    if (amountCents <= 0) continue;
    const refund = {
      refundId: newRefundId(),
      orderId: order.id,
      payerUid: order.payerUid,
      amountCents,
      currency: order.currency,
    };
    await tx.insert(refunds).values({
      id: refund.refundId,
      orderId: order.id,
      payerUid: order.payerUid,
      hostedConnectionId: hc.id,
      amountCents,
      currency: order.currency,
      createdAt: now,
    });
    out.push(refund);
  }
  return out;
}
