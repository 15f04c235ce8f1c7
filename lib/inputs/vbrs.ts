// The inputs of the console's VBR dialogs, exactly as their operations parse them.
import { z } from "zod";
import {
  bandwidthCapSchema,
  circuitCodeSchema,
  vbrDescriptionSchema,
  vbrNameSchema,
  vlanIdSchema,
} from "../domain/validators";
import { regionIdSchema, requiredIdSchema } from "./ids";

/** An interconnect address as typed; the operation checks the three together (validateVbrAddresses). */
const addressSchema = z.string().trim().max(64).optional();

/** CreateVirtualBorderRouter: "Create VBR" on the tenant's shared port. */
export const createVirtualBorderRouterInput = z.object({
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

/** ModifyVirtualBorderRouterAttribute: "Edit" of a VBR. */
export const modifyVirtualBorderRouterAttributeInput = z.object({
  regionId: regionIdSchema,
  vbrId: requiredIdSchema,
  name: vbrNameSchema.optional(),
  description: vbrDescriptionSchema.optional(),
  localGatewayIp: addressSchema,
  peerGatewayIp: addressSchema,
  peeringSubnetMask: addressSchema,
  vlanId: vlanIdSchema.optional(),
  circuitCode: circuitCodeSchema.optional(),
  /** Mbit/s: the Bandwidth Cap of a legacy VBR (as UpdateVirtualBorderBandwidth); a hosted VBR follows its port. */
  bandwidth: bandwidthCapSchema.optional(),
});

/** UpdateVirtualBorderBandwidth: "Bandwidth Settings" of a legacy VBR. */
export const updateVirtualBorderBandwidthInput = z.object({
  regionId: regionIdSchema,
  virtualBorderRouterId: requiredIdSchema,
  /** Mbit/s. There is no "Speed Unlimited" value: a cap is required before Transform to Shared Port. */
  bandwidth: bandwidthCapSchema,
});
