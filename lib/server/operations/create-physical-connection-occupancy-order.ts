import { only } from "../../../db/rows";
import { orders } from "../../../db/schema";
import { checkPeriod, checkShownPrice } from "../../domain/billing";
import { unwrap } from "../../domain/verdict";
import { createPhysicalConnectionOccupancyOrderInput } from "../../inputs/orders";
import { newOrderId } from "../ids";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { cancelUnpaidOrders, completePayment, quote } from "./payment";

/**
 * The payer (OrderMode) orders the port usage fee: the first period, or on a port already paid for, its
 * pending ExpectSpec for the rest of the paid period (Period and PricingCycle are then the paid term's).
 * Any earlier unpaid order of the port is cancelled: the newest order is the one to pay.
 */
export const createPhysicalConnectionOccupancyOrder = defineOperation({
  action: "CreatePhysicalConnectionOccupancyOrder",
  kind: "write",
  input: createPhysicalConnectionOccupancyOrderInput,
  async run({ tx, account, ctx }, q): Promise<{ orderId: string }> {
    unwrap(checkPeriod(q.pricingCycle, q.period));
    const access = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    const priced = await quote(tx, access, { period: q.period, cycle: q.pricingCycle }, ctx.now);
    unwrap(checkShownPrice({ spec: q.expectedSpec, amountCents: q.expectedAmountCents }, priced));
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
    if (q.autoPay) await completePayment(tx, order, access, ctx.now);
    return { orderId: order.id };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
