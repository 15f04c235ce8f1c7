// The input of Quota Center's "Apply" dialog, exactly as its operation parses it.
import { z } from "zod";
import { PRIVILEGE_QUOTA_ID } from "../domain/privilege";

/** ApplyPrivilege: a partner applies for (or gives up) the hosted-connection privilege. */
export const applyPrivilegeInput = z.object({
  quotaId: z.literal(PRIVILEGE_QUOTA_ID),
  /** Quota Value: Valid activates the privilege for one day, Invalid deactivates it. */
  value: z.enum(["valid", "invalid"]),
  reason: z.string().trim().min(1).max(1000),
  notifyResult: z.boolean().default(false),
});
