// Deleting a shared port inside its paid period refunds the unused part to whoever paid for it, by the one
// rule in lib/domain/billing.ts (unusedPart).
import { and, eq } from "drizzle-orm";
import { type HostedConnection, orders, refunds } from "../../../db/schema";
import { type RefundComputation, unusedPart } from "../../domain/billing";
import { newRefundId } from "../ids";
import type { Tx } from "./context";
import { paidTerms } from "./payment";

export type RefundDto = {
  refundId: string;
  orderId: string;
  payerUid: string;
  amountCents: number;
  currency: string;
};

type Line = {
  orderId: string;
  payerUid: string;
  currency: string;
  amountCents: number;
  computation: RefundComputation | null;
};

/**
 * One refund per paid term with money left (the first period, renewals); bandwidth changes are part of
 * it, valued at the bandwidth in force. A paid port that never went live refunds its order whole.
 */
export async function refundUnusedPeriod(tx: Tx, hc: HostedConnection, now: Date): Promise<RefundDto[]> {
  const paid = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.hostedConnectionId, hc.id), eq(orders.status, "paid")));
  const byId = new Map(paid.map((order) => [order.id, order]));
  const lines: Line[] = paid
    .filter((order) => order.type === "new" && order.serviceFrom === null)
    .map((order) => ({ ...order, orderId: order.id, computation: null }));
  for (const term of await paidTerms(tx, hc.id)) {
    const order = byId.get(term.orderId);
    if (!order) continue;
    const { refundCents, ...part } = unusedPart(hc.spec, term, now);
    lines.push({
      orderId: order.id,
      payerUid: order.payerUid,
      currency: order.currency,
      amountCents: refundCents,
      computation: { rule: "unusedTerm", spec: hc.spec, ...part },
    });
  }
  const out: RefundDto[] = [];
  for (const line of lines.filter((l) => l.amountCents > 0)) {
    const refund = { refundId: newRefundId(), ...line };
    await tx.insert(refunds).values({
      id: refund.refundId,
      orderId: line.orderId,
      payerUid: line.payerUid,
      hostedConnectionId: hc.id,
      amountCents: line.amountCents,
      currency: line.currency,
      computation: line.computation,
      createdAt: now,
    });
    out.push({
      refundId: refund.refundId,
      orderId: line.orderId,
      payerUid: line.payerUid,
      amountCents: line.amountCents,
      currency: line.currency,
    });
  }
  return out;
}
