// Input pieces shared by the write operations.
import { z } from "zod";

/** A required resource ID: absent is MissingParameter, as the API reports it. */
export const requiredIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "MissingParameter" : "InvalidParameter") })
  .trim()
  .min(1, { error: "MissingParameter" })
  .max(64, { error: "InvalidParameter" });

export const optionalIdSchema = z.string().trim().min(1).max(64).optional();
