import { z } from "zod";
import { CHART_RANGES, RANGE_MS } from "../../domain/traffic-chart";
import { type TrafficChartDto, trafficChart } from "../monitoring/chart-query";
import { defineOperation } from "./operation";

const input = z
  .object({
    instanceId: z.string().regex(/^(pc|vbr)-[a-z0-9]{1,40}$/),
    /** A range ending now, or a custom one from startTime to endTime (Unix ms). */
    range: z.enum(CHART_RANGES).optional(),
    startTime: z.coerce.number().int().min(0).max(8.64e15).optional(),
    endTime: z.coerce.number().int().min(0).max(8.64e15).optional(),
  })
  .refine((q) => q.range !== undefined || (q.startTime !== undefined && q.endTime !== undefined), {
    path: ["range"],
  });

/**
 * Console only, not an Alibaba API action: the Monitoring tab's series of a shared port or VBR (its tenant
 * and its circuit's partner) or of a circuit (its partner), one point per period of the range.
 */
export const describeTrafficChart = defineOperation({
  action: "DescribeTrafficChart",
  kind: "read",
  input,
  async run({ tx, account, ctx }, q): Promise<{ items: TrafficChartDto[] }> {
    const endMs = q.range ? ctx.now.getTime() : (q.endTime ?? 0);
    const startMs = q.range ? endMs - RANGE_MS[q.range] : (q.startTime ?? 0);
    const chart = await trafficChart(tx, account.uid, { instanceId: q.instanceId, startMs, endMs }, ctx.now);
    return { items: [chart] };
  },
});
