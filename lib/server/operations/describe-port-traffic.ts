import { z } from "zod";
import { type PortTrafficDto, portTraffic } from "../monitoring/port-traffic";
import { defineOperation } from "./operation";

const input = z.object({
  hostedConnectionIds: z.array(z.string().trim().min(1).max(64)).min(1).max(100),
});

/**
 * Console only, not an Alibaba API action: for the shared ports among the IDs that the caller may read,
 * the recent utilisation (the partner's port table) and the month's outbound data transfer so far.
 */
export const describePortTraffic = defineOperation({
  action: "DescribePortTraffic",
  kind: "read",
  input,
  async run({ tx, account, ctx }, q): Promise<{ items: PortTrafficDto[] }> {
    return { items: await portTraffic(tx, account.uid, q.hostedConnectionIds, ctx.now) };
  },
});
