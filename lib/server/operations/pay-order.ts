import { z } from "zod";
import { checkOrderUnpaid } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { requiredIdSchema } from "../../inputs/ids";
import { loadHostedConnection, loadOwnOrder } from "./loaders";
import { defineOperation } from "./operation";
import { completePayment } from "./payment";

const input = z.object({ orderId: requiredIdSchema });

/**
 * Console only, not an Alibaba API action: pays one of the caller's unpaid orders ("Waiting for Payment"
 * from the list or the Orders page). The port must still be in a state the order can pay for.
 */
export const payOrder = defineOperation({
  action: "PayOrder",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ orderId: string }> {
    const order = await loadOwnOrder(tx, account, q.orderId);
    unwrap(checkOrderUnpaid(order));
    const access = await loadHostedConnection(tx, account, undefined, order.hostedConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    await completePayment(tx, order, access, ctx.now);
    return { orderId: order.id };
  },
  resource: (q) => ({ type: "order", id: q.orderId }),
});
