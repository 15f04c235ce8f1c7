import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { unwrap } from "../../domain/transition";
import {
  validateVbrAddresses,
  vbrDescriptionSchema,
  vbrNameSchema,
  vlanIdSchema,
} from "../../domain/validators";
import { assertInheritedBandwidth } from "../../domain/vbr-attributes";
import { assertInheritedVlan, createOnHostedConnection } from "../../domain/vbr-state";
import { newRouteTableId, newVbrId, newVlanInterfaceId } from "../ids";
import { regionIdSchema } from "./filters";
import { requiredIdSchema } from "./inputs";
import { loadHostedConnection, loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { hostedConnectionStateOf } from "./states";
import { isUniqueViolation } from "./unique-violation";

const addressSchema = z.string().trim().max(64).optional();

const input = z.object({
  regionId: regionIdSchema,
  /** The shared port: a tenant builds its VBR only on its own accepted, paid port. */
  physicalConnectionId: requiredIdSchema,
  /** Must be the port's VLAN (shown pre-filled, not editable). */
  vlanId: vlanIdSchema,
  localGatewayIp: addressSchema,
  peerGatewayIp: addressSchema,
  peeringSubnetMask: addressSchema,
  /** Mbit/s; a hosted VBR takes its port's Spec, so only that value is accepted. */
  bandwidth: z.number().int().optional(),
  name: vbrNameSchema.optional(),
  description: vbrDescriptionSchema.optional(),
});

/** "Create VBR" on a shared port: one per port, on the port's VLAN, active at once. */
export const createVirtualBorderRouter = defineOperation({
  action: "CreateVirtualBorderRouter",
  kind: "write",
  input,
  async run({ tx, account, ctx }, q): Promise<{ vbrId: string }> {
    const region = await loadRegion(tx, q.regionId);
    const { hc, vbr, role, vlanId } = await loadHostedConnection(
      tx,
      account,
      q.regionId,
      q.physicalConnectionId,
      {
        key: "InvalidPhysicalConnectionId.NotFound",
        field: "PhysicalConnectionId",
      },
    );
    // A transformed port already has its VBR: the legacy one the partner attaches; it counts against the quota.
    const hasVbr = vbr !== null || hc.sourceVbrId !== null;
    const { status } = unwrap(createOnHostedConnection(hostedConnectionStateOf(hc, hasVbr), ctx.now, role));
    if (vlanId === null || hc.vlanAllocationId === null)
      throw domainError("InvalidPhysicalConnectionId.NotEnabled");
    assertInheritedVlan(q.vlanId, vlanId);
    assertInheritedBandwidth(q.bandwidth, hc.spec);
    validateVbrAddresses(q);

    const id = newVbrId(region.idPrefix);
    try {
      await tx.insert(vbrs).values({
        id,
        ownerUid: account.uid,
        circuitId: hc.circuitId,
        hostedConnectionId: hc.id,
        vlanAllocationId: hc.vlanAllocationId,
        name: q.name ?? null,
        description: q.description ?? null,
        status,
        localGatewayIp: q.localGatewayIp ?? null,
        peerGatewayIp: q.peerGatewayIp ?? null,
        peeringSubnetMask: q.peeringSubnetMask ?? null,
        routeTableId: newRouteTableId(region.idPrefix),
        vlanInterfaceId: newVlanInterfaceId(region.idPrefix),
        createdAt: ctx.now,
        activatedAt: ctx.now,
      });
    } catch (error) {
      if (isUniqueViolation(error, "vbrs")) throw domainError("QuotaExceeded.VPCONN#VbrPerVpconn");
      throw error;
    }
    return { vbrId: id };
  },
  resource: (_q, output) => output && { type: "vbr", id: output.vbrId },
});
