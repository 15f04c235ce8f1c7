import { eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections } from "../../../db/schema";
import { recover } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { assertPortFits } from "./circuit-usage";
import { loadHostedConnection } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { hostedConnectionStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  instanceId: requiredIdSchema,
});

/** "Recover": the partner re-enables a disabled shared port (a tenant asks its partner to). */
export const recoverPhysicalConnection = defineOperation({
  action: "RecoverPhysicalConnection",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadHostedConnection(tx, account, q.regionId, q.instanceId, {
      key: "ResourceNotFound",
      field: "InstanceId",
    });
    const patch = unwrap(
      recover(hostedConnectionStateOf(access.hc, access.vbr !== null), access.role, ctx.now),
    );
    await lockCircuit(tx, access.circuit.id);
    await assertPortFits(tx, access.circuit, access.hc);
    await tx
      .update(hostedConnections)
      .set({ ...patch, statusChangedAt: ctx.now })
      .where(eq(hostedConnections.id, access.hc.id));
    await notifyPortParty(tx, access.hc, access.circuit, "tenant", "portRecovered", ctx.now);
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.instanceId }),
});
