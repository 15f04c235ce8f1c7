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

/** What the Renew dialog offers: 1-9 months or 1-3 years (the API's own limits are checkPeriod's). */
export const RENEWAL_PERIODS = { Month: [1, 2, 3, 4, 5, 6, 7, 8, 9], Year: [1, 2, 3] } as const;

/** RenewHostedConnection: the payer buys the next period of a paid port, at the price it was shown. */
export const renewHostedConnectionInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  pricingCycle: pricingCycleSchema,
  period: periodSchema,
  /** What the dialog showed: the renewal is refused, nothing charged, unless it buys this for this. */
  expectedSpec: specSchema,
  expectedAmountCents: z
    .number({ error: "InvalidParameter" })
    .int({ error: "InvalidParameter" })
    .nonnegative({ error: "InvalidParameter" }),
});

/** SetHostedConnectionAutoRenew: the payer's auto-renewal switch of one port. */
export const setAutoRenewInput = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  autoRenew: z.boolean({ error: "InvalidParameter" }),
});
