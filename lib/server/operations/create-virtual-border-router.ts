import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { unwrap } from "../../domain/verdict";
import {
  checkVbrAddresses,
  vbrDescriptionSchema,
  vbrNameSchema,
  vlanIdSchema,
} from "../../domain/validators";
import { checkInheritedBandwidth } from "../../domain/vbr-attributes";
import { checkInheritedVlan, createOnHostedConnection } from "../../domain/vbr-state";
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
  run({ tx, account, ctx }, q): { vbrId: string } {
    const region = loadRegion(tx, q.regionId);
    const { hc, vbr, role, vlanId } = loadHostedConnection(tx, account, q.regionId, q.physicalConnectionId, {
      key: "InvalidPhysicalConnectionId.NotFound",
      field: "PhysicalConnectionId",
    });
    const { status } = unwrap(
      createOnHostedConnection(hostedConnectionStateOf(hc, vbr !== null), ctx.now, role),
    );
    if (vlanId === null || hc.vlanAllocationId === null)
      throw domainError("InvalidPhysicalConnectionId.NotEnabled");
    unwrap(checkInheritedVlan(q.vlanId, vlanId));
    unwrap(checkInheritedBandwidth(q.bandwidth, hc.spec));
    unwrap(checkVbrAddresses(q));

    const id = newVbrId(region.idPrefix);
    try {
      tx.insert(vbrs)
        .values({
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
        })
        .run();
    } catch (error) {
      if (isUniqueViolation(error, "vbrs")) throw domainError("QuotaExceeded.VPCONN#VbrPerVpconn");
      throw error;
    }
    return { vbrId: id };
  },
  resource: (_q, output) => output && { type: "vbr", id: output.vbrId },
});
