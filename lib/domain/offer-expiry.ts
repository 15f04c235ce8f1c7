// How long a shared port offer waits for the tenant: the partner chooses at creation, within bounds.
import { z } from "zod";

export const DEFAULT_OFFER_VALIDITY_DAYS = 7;
export const MAX_OFFER_VALIDITY_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from 1 to 30; omitted means 7. */
export const offerValidityDaysSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_OFFER_VALIDITY_DAYS)
  .default(DEFAULT_OFFER_VALIDITY_DAYS);

/** When an offer made at `now` lapses unless the tenant accepts it first. */
export function offerExpiry(now: Date, validityDays: number): Date {
  return new Date(now.getTime() + validityDays * DAY_MS);
}
