// The inputs of the circuit planning tools (capacity and VLAN plan, VLAN reservations), as their
// operations parse them. Console only: no Alibaba API action has these.
import { z } from "zod";
import { aliUidSchema, vlanIdSchema } from "../domain/validators";
import { regionIdSchema, requiredIdSchema } from "./ids";

/** DescribeCircuitPlan: a circuit's capacity, VLANs in use, reservations and free ranges. */
export const describeCircuitPlanInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
});

/**
 * DescribeVlanAvailability: whether one VLAN is free on the circuit for the tenant (of a new port, or of
 * the port `instanceId` being modified), and the next free one. Cheap enough to ask as a form is typed in.
 */
export const describeVlanAvailabilityInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  vlanId: vlanIdSchema.optional(),
  vpconnAliUid: aliUidSchema.optional(),
  instanceId: requiredIdSchema.optional(),
});

/** CreateVlanReservation: keep a VLAN range on a circuit for one tenant, or for the partner itself. */
export const createVlanReservationInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  fromVlanId: vlanIdSchema,
  toVlanId: vlanIdSchema,
  /** The tenant the range is kept for; absent: the partner's own use. */
  vpconnAliUid: aliUidSchema.optional(),
});

/** DeleteVlanReservation: the reservation starting at `fromVlanId` (ranges on a circuit never overlap). */
export const deleteVlanReservationInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  fromVlanId: vlanIdSchema,
});
