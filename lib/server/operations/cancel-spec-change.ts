import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections, orders } from "../../../db/schema";
import { cancelSpecChange as cancelSpecChangeRule } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { hostedConnectionStateOf } from "./states";

const input = z.object({ regionId: regionIdSchema, physicalConnectionId: requiredIdSchema });

/**
 * Console only, not an Alibaba API action: the tenant or the partner withdraws a requested bandwidth
 * nobody paid for ("Cancel Change"). The port keeps its Spec, the circuit stops reserving the larger
 * one, and an unpaid order for the change is cancelled.
 */
export const cancelSpecChange = defineOperation({
  action: "CancelSpecChange",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const { hc, vbr } = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    unwrap(cancelSpecChangeRule(hostedConnectionStateOf(hc, vbr !== null)));
    await tx.update(hostedConnections).set({ expectSpec: null }).where(eq(hostedConnections.id, hc.id));
    await tx
      .update(orders)
      .set({ status: "cancelled" })
      .where(
        and(eq(orders.hostedConnectionId, hc.id), eq(orders.status, "unpaid"), eq(orders.type, "upgrade")),
      );
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
