// The inputs of the console's shared-port dialogs, exactly as their operations parse them.
import { z } from "zod";
import { DEFAULT_ORDER_MODE } from "../domain/enums";
import { offerValidityDaysSchema } from "../domain/offer-expiry";
import {
  aliUidSchema,
  descriptionSchema,
  nameSchema,
  orderModeSchema,
  specSchema,
  tagsSchema,
  vlanIdSchema,
} from "../domain/validators";
import { optionalIdSchema, regionIdSchema, requiredIdSchema } from "./ids";

/** CreateVirtualPhysicalConnection: "Create Shared Port". */
export const createVirtualPhysicalConnectionInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  vpconnAliUid: aliUidSchema,
  vlanId: vlanIdSchema,
  spec: specSchema,
  orderMode: orderModeSchema.default(DEFAULT_ORDER_MODE),
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  resourceGroupId: optionalIdSchema,
  tags: tagsSchema.optional(),
  /** Days the tenant has to accept before the offer lapses; not an API parameter, so the API gets 7. */
  offerValidityDays: offerValidityDaysSchema,
});

/** UpdateVirtualPhysicalConnection: "Modify Shared Port". */
export const updateVirtualPhysicalConnectionInput = z.object({
  regionId: regionIdSchema,
  instanceId: requiredIdSchema,
  /** Always sent, as the API requires; the current VLAN leaves it unchanged. */
  vlanId: vlanIdSchema,
  expectSpec: specSchema.optional(),
});

/** CreateVpconnFromVbr: "Transform to Shared Port". */
export const createVpconnFromVbrInput = z.object({
  regionId: regionIdSchema,
  vbrId: requiredIdSchema,
  orderMode: orderModeSchema.default(DEFAULT_ORDER_MODE),
});
