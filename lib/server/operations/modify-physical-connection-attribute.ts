import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections } from "../../../db/schema";
import { checkModifyPortLabel } from "../../domain/resource-attributes";
import { descriptionSchema, nameSchema } from "../../domain/validators";
import { unwrap } from "../../domain/verdict";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { loadHostedConnection, loadRegion } from "./loaders";
import { defineOperation } from "./operation";

// The circuit's line, port and bandwidth change through a new Letter of Authorization, not this action:
// naming one is refused rather than ignored.
const notChangeable = z.never({ error: "InvalidParameter" }).optional();

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  lineOperator: notChangeable,
  portType: notChangeable,
  peerLocation: notChangeable,
  circuitCode: notChangeable,
  bandwidth: notChangeable,
  redundantPhysicalConnectionId: notChangeable,
  downDelayTime: notChangeable,
});

/**
 * ModifyPhysicalConnectionAttribute: the Name and Description of the partner's own circuit, or of a shared
 * port it offered (the tenant cannot rename the partner's offer, as it cannot modify it otherwise).
 */
export const modifyPhysicalConnectionAttribute = defineOperation({
  action: "ModifyPhysicalConnectionAttribute",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<{ resourceType: "circuit" | "hosted_connection" }> {
    await loadRegion(tx, q.regionId);
    const patch = {
      ...(q.name === undefined ? {} : { name: q.name }),
      ...(q.description === undefined ? {} : { description: q.description }),
    };
    const circuit = await first(tx.select().from(circuits).where(eq(circuits.id, q.physicalConnectionId)));
    if (circuit && circuit.ownerUid === account.uid && circuit.regionId === q.regionId) {
      if (Object.keys(patch).length > 0)
        await tx.update(circuits).set(patch).where(eq(circuits.id, circuit.id));
      return { resourceType: "circuit" };
    }
    const access = await loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound",
      field: "PhysicalConnectionId",
    });
    unwrap(checkModifyPortLabel(access.role));
    if (Object.keys(patch).length > 0) {
      await tx.update(hostedConnections).set(patch).where(eq(hostedConnections.id, access.hc.id));
    }
    return { resourceType: "hosted_connection" };
  },
  resource: (q, out) => ({ type: out?.resourceType ?? "hosted_connection", id: q.physicalConnectionId }),
});
