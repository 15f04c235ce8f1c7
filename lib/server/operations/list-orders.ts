import { and, count, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, orders, refunds } from "../../../db/schema";
import type { PricingCycle } from "../../domain/billing";
import type { RefundComputation } from "../../domain/billing";
import type { OrderMode, Spec } from "../../domain/enums";
import { idListSchema, pageNumberSchema } from "./filters";
import { defineOperation } from "./operation";

export type RefundLineDto = {
  refundId: string;
  amountCents: number;
  currency: string;
  createdAt: string;
  /** How the amount was worked out (lib/domain/billing.ts). */
  computation: RefundComputation | null;
};

/** The shared port an order is for, as it is now: what Renew on the Orders page needs. */
export type OrderPortDto = {
  regionId: string;
  spec: Spec;
  orderMode: OrderMode;
  paid: boolean;
  deleted: boolean;
  endTime: string | null;
};

export type OrderDto = {
  orderId: string;
  hostedConnectionId: string;
  hostedConnectionName: string | null;
  type: "new" | "upgrade" | "renew";
  spec: Spec;
  pricingCycle: PricingCycle;
  period: number;
  autoRenew: boolean;
  amountCents: number;
  currency: string;
  status: "unpaid" | "paid" | "cancelled";
  createdAt: string;
  paidAt: string | null;
  /** The service window the order bought; null until it started (lib/domain/billing.ts). */
  serviceFrom: string | null;
  serviceUntil: string | null;
  port: OrderPortDto;
  refunds: RefundLineDto[];
};

const input = z.object({
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  hostedConnectionIds: idListSchema,
  statuses: z
    .array(z.enum(["unpaid", "paid", "cancelled"]))
    .max(3)
    .optional(),
});

export type ListOrdersOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: OrderDto[];
};

/** Console only, not an Alibaba API action: the caller's orders (as payer), newest first, with their refunds. */
export const listOrders = defineOperation({
  action: "ListOrders",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<ListOrdersOutput> {
    const where = and(
      eq(orders.payerUid, account.uid),
      q.hostedConnectionIds && inArray(orders.hostedConnectionId, q.hostedConnectionIds),
      q.statuses && inArray(orders.status, q.statuses),
    );
    const totalCount = (await first(tx.select({ n: count() }).from(orders).where(where)))?.n ?? 0;
    const rows = await tx
      .select({ order: orders, hc: hostedConnections, regionId: circuits.regionId })
      .from(orders)
      .innerJoin(hostedConnections, eq(hostedConnections.id, orders.hostedConnectionId))
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(where)
      .orderBy(desc(orders.createdAt), orders.id)
      .limit(q.pageSize)
      .offset((q.pageNumber - 1) * q.pageSize);
    const ids = rows.map((r) => r.order.id);
    const refundRows = ids.length ? await tx.select().from(refunds).where(inArray(refunds.orderId, ids)) : [];
    const items = rows.map(({ order, hc, regionId }) => ({
      orderId: order.id,
      hostedConnectionId: order.hostedConnectionId,
      hostedConnectionName: hc.name,
      type: order.type,
      spec: order.spec,
      pricingCycle: order.pricingCycle,
      period: order.period,
      autoRenew: order.autoRenew,
      amountCents: order.amountCents,
      currency: order.currency,
      status: order.status,
      createdAt: order.createdAt.toISOString(),
      paidAt: order.paidAt?.toISOString() ?? null,
      serviceFrom: order.serviceFrom?.toISOString() ?? null,
      serviceUntil: order.serviceUntil?.toISOString() ?? null,
      port: {
        regionId,
        spec: hc.spec,
        orderMode: hc.orderMode,
        paid: hc.paid,
        deleted: hc.vpconnStatus === "Deleted",
        endTime: hc.endTime?.toISOString() ?? null,
      },
      refunds: refundRows
        .filter((r) => r.orderId === order.id)
        .map((r) => ({
          refundId: r.id,
          amountCents: r.amountCents,
          currency: r.currency,
          createdAt: r.createdAt.toISOString(),
          computation: r.computation ?? null,
        })),
    }));
    return { pageNumber: q.pageNumber, pageSize: q.pageSize, totalCount, items };
  },
});
