// A page of shared ports at a glance: each one's utilisation over the last minutes and its outbound data
// transfer so far this month, two grouped queries for the whole page however many rows it has.
import { and, count, eq, gte, inArray, lt, sum } from "drizzle-orm";
import { hostedConnections, trafficSamples } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { DEMO_PRICE_LIST } from "../../domain/billing";
import { specMbps } from "../../domain/enums";
import { billingMonthOf, outboundChargeCents } from "../../domain/outbound-transfer";
import { utilisationPercent } from "../../domain/traffic-chart";
import { readableInstances } from "./series";

/** How far back "now" reaches for the utilisation column: a few of the collector's one-minute pushes. */
export const RECENT_UTILISATION_MS = 15 * 60_000;

export type PortTrafficDto = {
  id: string;
  /** The busier direction's average rate over the recent minutes, % of the port's spec; null if unreported. */
  utilisationPercent: number | null;
  month: string;
  bytesOutThisMonth: number;
  amountCentsThisMonth: number;
  currency: string;
};

export async function portTraffic(
  tx: Tx,
  accountUid: string,
  ids: readonly string[],
  now: Date,
): Promise<PortTrafficDto[]> {
  const readable = (await readableInstances(tx, accountUid, "port", ids)).map((i) => i.instanceId);
  if (readable.length === 0) return [];
  const specs = await tx
    .select({ id: hostedConnections.id, spec: hostedConnections.spec })
    .from(hostedConnections)
    .where(inArray(hostedConnections.id, readable));
  const recentFrom = new Date(now.getTime() - RECENT_UTILISATION_MS);
  const recent = await tx
    .select({
      id: trafficSamples.instanceId,
      bytesIn: sum(trafficSamples.bytesIn),
      bytesOut: sum(trafficSamples.bytesOut),
      minutes: count(),
    })
    .from(trafficSamples)
    .where(
      and(
        inArray(trafficSamples.instanceId, readable),
        eq(trafficSamples.resolutionSeconds, 60),
        gte(trafficSamples.bucketStart, recentFrom),
        lt(trafficSamples.bucketStart, now),
      ),
    )
    .groupBy(trafficSamples.instanceId);
  const month = billingMonthOf(now.getTime());
  // From the hourly rollups, as the monthly bill will be (outbound-metering.ts); the rollup job folds
  // the hour under way in every minute.
  const monthly = await tx
    .select({ id: trafficSamples.instanceId, bytes: sum(trafficSamples.bytesOut) })
    .from(trafficSamples)
    .where(
      and(
        inArray(trafficSamples.instanceId, readable),
        eq(trafficSamples.resolutionSeconds, 3600),
        gte(trafficSamples.bucketStart, new Date(month.startMs)),
        lt(trafficSamples.bucketStart, new Date(month.endMs)),
      ),
    )
    .groupBy(trafficSamples.instanceId);
  return specs
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, spec }) => {
      const r = recent.find((row) => row.id === id);
      const seconds = (r?.minutes ?? 0) * 60;
      const bytesOut = Number(monthly.find((row) => row.id === id)?.bytes ?? 0);
      return {
        id,
        utilisationPercent:
          r && seconds > 0
            ? utilisationPercent(
                (Number(r.bytesIn ?? 0) * 8) / seconds,
                (Number(r.bytesOut ?? 0) * 8) / seconds,
                specMbps(spec),
              )
            : null,
        month: month.month,
        bytesOutThisMonth: bytesOut,
        amountCentsThisMonth: outboundChargeCents(bytesOut),
        currency: DEMO_PRICE_LIST.currency,
      };
    });
}
