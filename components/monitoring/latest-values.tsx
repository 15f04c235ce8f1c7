"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ChartPoint } from "@/lib/domain/traffic-chart";
import { formatTraffic, type TrafficUnit } from "@/lib/console/traffic-units";
import type { TrafficChartDto } from "@/lib/server/monitoring/chart-query";

const ROWS: ReadonlyArray<[string, keyof ChartPoint, keyof ChartPoint | null, TrafficUnit]> = [
  ["bandwidth", "bpsIn", "bpsOut", "bps"],
  ["packets", "ppsIn", "ppsOut", "pps"],
  ["dropped", "droppedPpsIn", "droppedPpsOut", "pps"],
  ["bytes", "bytesIn", "bytesOut", "B"],
  ["utilisation", "utilisation", null, "%"],
];

/** The charts as a table: the newest reported period's values, for screen readers and for copying. */
export function LatestValues({ chart }: { chart: TrafficChartDto }) {
  const t = useTranslations("monitoring");
  const format = useFormatter();
  const index = chart.points.findLastIndex((p) => p.bpsIn !== null || p.bpsOut !== null);
  const point = chart.points[index];
  const at = chart.times[index];
  if (!point || at === undefined) return null;
  const when = format.dateTime(new Date(at * 1000), { dateStyle: "medium", timeStyle: "short" });
  return (
    <table className="w-full max-w-2xl text-sm" aria-label={t("latestTable")}>
      <caption className="mb-1 text-left font-medium">
        {t("latestCaption", { at: when, minutes: chart.periodSeconds / 60 })}
      </caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-500">
          <th scope="col" className="py-1 pr-4 font-normal">
            {t("metric")}
          </th>
          <th scope="col" className="py-1 pr-4 font-normal">
            {t("inbound")}
          </th>
          <th scope="col" className="py-1 font-normal">
            {t("outbound")}
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([name, inKey, outKey, unit]) => (
          <tr key={name} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              {t(`charts.${name}`)}
            </th>
            <td className="py-1 pr-4 tabular-nums">{formatTraffic(point[inKey], unit)}</td>
            <td className="py-1 tabular-nums">{outKey ? formatTraffic(point[outKey], unit) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
