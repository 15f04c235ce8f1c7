import { checkPeriod, checkShownPrice } from "../../domain/billing";
import { checkRenew, renewal } from "../../domain/subscription";
import { unwrap } from "../../domain/verdict";
import { renewHostedConnectionInput } from "../../inputs/orders";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { renewPort } from "./renewal";

/**
 * Console only, not an Alibaba API action ("Renew"): the payer buys the next period of a paid port and
 * pays at once. It continues from the current expiry at the bandwidth in force; a pending bandwidth
 * change stays pending, and paying it later covers this period too. A locked port runs again.
 */
export const renewHostedConnection = defineOperation({
  action: "RenewHostedConnection",
  kind: "write",
  input: renewHostedConnectionInput,
  async run({ tx, account, ctx }, q): Promise<{ orderId: string; endTime: string }> {
    unwrap(checkPeriod(q.pricingCycle, q.period));
    const { hc, circuit, role } = await loadHostedConnection(
      tx,
      account,
      q.regionId,
      q.physicalConnectionId,
      {
        key: "InvalidPhysicalConnectionId.NotFound#Records",
        field: "PhysicalConnectionId",
      },
    );
    unwrap(checkRenew({ ...hc, deleted: false }, role, ctx.now));
    const term = { period: q.period, cycle: q.pricingCycle };
    const priced = renewal({ spec: hc.spec, endTime: hc.endTime as Date }, term);
    unwrap(
      checkShownPrice(
        { spec: q.expectedSpec, amountCents: q.expectedAmountCents },
        { spec: hc.spec, amountCents: priced.amountCents },
      ),
    );
    const order = await renewPort(tx, hc, circuit, term, ctx.now);
    return { orderId: order.id, endTime: priced.until.toISOString() };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
