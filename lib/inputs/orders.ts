// The inputs of the console's billing dialogs, exactly as their operations parse them.
import { z } from "zod";
import { instanceChargeTypeSchema, periodSchema, pricingCycleSchema } from "../domain/billing";
import { specSchema } from "../domain/validators";
import { regionIdSchema, requiredIdSchema } from "./ids";

/** CreatePhysicalConnectionOccupancyOrder: the payer orders a shared port's usage period. */
export const createPhysicalConnectionOccupancyOrderInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  instanceChargeType: instanceChargeTypeSchema,
  pricingCycle: pricingCycleSchema,
  period: periodSchema,
  /** True pays at once ("Buy Now"); false leaves an unpaid order, payable later with PayOrder. */
  autoPay: z.boolean().default(false),
  autoRenew: z.boolean().default(false),
  /**
   * What the payer was shown: the order is refused, nothing charged, unless it buys this Spec for this
   * amount. The console always sends both; an API caller may.
   */
  expectedSpec: specSchema.optional(),
  expectedAmountCents: z
    .number({ error: "InvalidParameter" })
    .int({ error: "InvalidParameter" })
    .nonnegative({ error: "InvalidParameter" })
    .optional(),
});
