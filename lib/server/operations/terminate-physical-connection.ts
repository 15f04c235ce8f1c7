import { eq } from "drizzle-orm";
import { z } from "zod";
import { hostedConnections } from "../../../db/schema";
import { terminate } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadHostedConnection } from "./loaders";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { hostedConnectionStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
});

/**
 * "Disable" / "Stop Instance Access": the tenant, or the partner when it pays. The VBR must be deleted
 * first. Terminating settles to Terminated ("Disabled"); the port is not released and is still billed.
 */
export const terminatePhysicalConnection = defineOperation({
  action: "TerminatePhysicalConnection",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound#Records",
      field: "PhysicalConnectionId",
    });
    const patch = unwrap(terminate(hostedConnectionStateOf(access.hc, access.vbr !== null), access.role));
    await tx
      .update(hostedConnections)
      .set({ ...patch, statusChangedAt: ctx.now })
      .where(eq(hostedConnections.id, access.hc.id));
    if (access.role === "tenant") {
      await notifyPortParty(tx, access.hc, access.circuit, "partner", "portDisabledByTenant", ctx.now);
    }
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
