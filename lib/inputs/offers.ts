// The input of the tenant's Decline dialog, exactly as its operation parses it.
import { z } from "zod";
import { regionIdSchema, requiredIdSchema } from "./ids";

export const DECLINE_REASON_MAX = 256;

/** DeclinePhysicalConnection: "Decline" on a pending offer, with an optional reason for the partner. */
export const declinePhysicalConnectionInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  reason: z.string().trim().max(DECLINE_REASON_MAX).optional(),
});
