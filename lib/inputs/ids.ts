// Input pieces many operations share. Like everything in lib/inputs, client-safe (zod and lib/domain
// only), so a console form validates with exactly the schema its operation parses.
import { z } from "zod";

export const regionIdSchema = z.string().trim().min(1).max(64);

/** A required resource ID: absent is MissingParameter, as the API reports it. */
export const requiredIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "MissingParameter" : "InvalidParameter") })
  .trim()
  .min(1, { error: "MissingParameter" })
  .max(64, { error: "InvalidParameter" });

export const optionalIdSchema = z.string().trim().min(1).max(64).optional();
