import { eq } from "drizzle-orm";
import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { attachVbr } from "../../domain/hosted-connection-state";
import { checkAttachable } from "../../domain/transform";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { assertPortFits } from "./circuit-usage";
import { loadHostedConnection, loadVbr } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { hostedConnectionStateOf } from "./states";
import { isUniqueViolation } from "./unique-violation";

const input = z.object({
  regionId: regionIdSchema,
  vpconnId: requiredIdSchema,
  vbrId: requiredIdSchema,
});

/**
 * "Confirm" after a transform: the tenant's VBR moves onto its new shared port with its addresses and VLAN
 * unchanged (they already share the VLAN); from now on its bandwidth is the port's Spec.
 */
export const attachVbrToVpconn = defineOperation({
  action: "AttachVbrToVpconn",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ virtualPhysicalConnection: string }> {
    const port = await loadHostedConnection(tx, account, q.regionId, q.vpconnId, {
      key: "ResourceNotFound.PhysicalConnectionId#Short",
      field: "VpconnId",
    });
    unwrap(attachVbr(hostedConnectionStateOf(port.hc, port.vbr !== null), port.role));
    const { vbr, callerIsCircuitOwner } = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound",
      field: "VbrId",
    });
    if (!callerIsCircuitOwner) throw domainError("InvalidVbrId.NotFound", { field: "VbrId" });
    unwrap(
      checkAttachable(
        { id: vbr.id, onHostedConnection: vbr.hostedConnectionId !== null, status: vbr.status },
        port.hc,
      ),
    );
    await lockCircuit(tx, port.circuit.id);
    await assertPortFits(tx, port.circuit, port.hc);
    try {
      await tx
        .update(vbrs)
        .set({ hostedConnectionId: port.hc.id, bandwidthMbps: null })
        .where(eq(vbrs.id, vbr.id));
    } catch (error) {
      if (isUniqueViolation(error, "vbrs")) throw domainError("QuotaExceeded.VPCONN#VbrPerVpconn");
      throw error;
    }
    await notifyPortParty(tx, port.hc, port.circuit, "tenant", "portConfirmed", ctx.now);
    return { virtualPhysicalConnection: port.hc.id };
  },
  resource: (q) => ({ type: "hosted_connection", id: q.vpconnId }),
});
