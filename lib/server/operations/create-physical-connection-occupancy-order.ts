import { z } from "zod";
import { orders } from "../../../db/schema";
import {
  assertPeriod,
  instanceChargeTypeSchema,
  periodSchema,
  pricingCycleSchema,
} from "../../domain/billing";
import { newOrderId } from "../ids";
import { regionIdSchema } from "./filters";
import { requiredIdSchema } from "./inputs";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { cancelUnpaidOrders, payOrder, quote } from "./payment";
import { only } from "../../../db/rows";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  instanceChargeType: instanceChargeTypeSchema,
  pricingCycle: pricingCycleSchema,
  period: periodSchema,
  /** True pays at once ("Buy Now"); false leaves an unpaid order, payable later with PayOrder. */
  autoPay: z.boolean().default(false),
  autoRenew: z.boolean().default(false),
});

/**
 * The payer (OrderMode) orders the port usage fee: the first period, or on a port already paid for, its
 * pending ExpectSpec for the rest of the paid period (Period and PricingCycle are then the paid term's).
 * Any earlier unpaid order of the port is cancelled: the newest order is the one to pay.
 */
export const createPhysicalConnectionOccupancyOrder = defineOperation({
  action: "CreatePhysicalConnectionOccupancyOrder",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ orderId: string }> {
    assertPeriod(q.pricingCycle, q.period);
    const access = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    const priced = await quote(tx, access, { period: q.period, cycle: q.pricingCycle }, ctx.now);
    await cancelUnpaidOrders(tx, access.hc.id);
    const order = await only(
      tx
        .insert(orders)
        .values({
          id: newOrderId(),
          payerUid: account.uid,
          hostedConnectionId: access.hc.id,
          type: priced.type,
          spec: priced.spec,
          pricingCycle: priced.term.cycle,
          period: priced.term.period,
          autoRenew: q.autoRenew,
          amountCents: priced.amountCents,
          currency: priced.currency,
          status: "unpaid",
          createdAt: ctx.now,
        })
        .returning(),
    );
    if (q.autoPay) await payOrder(tx, order, access, ctx.now);
    return { orderId: order.id };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
