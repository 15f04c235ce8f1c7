import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { hostedConnections, orders } from "../../../db/schema";
import { confirm } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { assertPortFits } from "./circuit-usage";
import type { Tx } from "./context";
import { loadHostedConnection } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { startFirstPeriod } from "./payment";
import { hostedConnectionStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
});

// The partner paid first: the term it bought starts when the tenant accepts.
async function periodFrom(tx: Tx, hostedConnectionId: string, now: Date) {
  const order = await first(
    tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.hostedConnectionId, hostedConnectionId),
          eq(orders.type, "new"),
          eq(orders.status, "paid"),
        ),
      ),
  );
  if (!order) throw new Error(`A paid port without its paid order: ${hostedConnectionId}`);
  return startFirstPeriod(tx, order, now);
}

/**
 * "Accept": the tenant accepts a shared port. Unpaid, it waits for payment; already paid by the partner,
 * it goes live at once and its paid period starts now. A port made by Transform to Shared Port then
 * waits for the partner's AttachVbrToVpconn.
 */
export const confirmPhysicalConnection = defineOperation({
  action: "ConfirmPhysicalConnection",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "ResourceNotFound.PhysicalConnectionId#Short",
      field: "PhysicalConnectionId",
    });
    const patch = unwrap(confirm(hostedConnectionStateOf(access.hc, access.vbr !== null), access.role));
    await lockCircuit(tx, access.circuit.id);
    await assertPortFits(tx, access.circuit, access.hc);
    const started = patch.status === "Enabled" ? await periodFrom(tx, access.hc.id, ctx.now) : {};
    await tx
      .update(hostedConnections)
      .set({ ...patch, ...started })
      .where(eq(hostedConnections.id, access.hc.id));
    await notifyPortParty(tx, access.hc, access.circuit, "partner", "offerAccepted", ctx.now);
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
