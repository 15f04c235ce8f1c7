import { eq } from "drizzle-orm";
import { hostedConnections } from "../../../db/schema";
import { checkRenew } from "../../domain/subscription";
import { unwrap } from "../../domain/verdict";
import { setAutoRenewInput } from "../../inputs/orders";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";

/**
 * Console only, not an Alibaba API action: the payer switches auto-renewal of one port on or off. Whoever
 * may renew may choose it; at expiry the port then renews for the last term bought.
 */
export const setHostedConnectionAutoRenew = defineOperation({
  action: "SetHostedConnectionAutoRenew",
  kind: "write",
  input: setAutoRenewInput,
  async run({ tx, account, ctx }, q): Promise<{ autoRenew: boolean }> {
    const { hc, role } = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    unwrap(checkRenew({ ...hc, deleted: false }, role, ctx.now));
    await tx.update(hostedConnections).set({ autoRenew: q.autoRenew }).where(eq(hostedConnections.id, hc.id));
    return { autoRenew: q.autoRenew };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
