"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatTraffic, type TrafficUnit } from "@/lib/console/traffic-units";
import type { ChartSeries } from "@/lib/domain/traffic-chart";
import type { TrafficChartDto } from "@/lib/server/monitoring/chart-query";

const INBOUND = "#2563eb";
const OUTBOUND = "#c2410c";
const CAPACITY = "#64748b";
const SPLIT = ["#2563eb", "#c2410c", "#059669", "#7c3aed", "#db2777", "#ca8a04", "#0891b2", "#4b5563"];
const HEIGHT = 200;

type Line = { label: string; values: Array<number | null>; color: string; dash?: number[] };

/** Every chart of the Monitoring tab, drawn with uPlot (this module is loaded on the tab only). */
export default function TrafficCharts({
  chart,
  instanceLabel,
}: {
  chart: TrafficChartDto;
  instanceLabel: string;
}) {
  const t = useTranslations("monitoring");
  const column = (key: ChartSeries) => chart.points.map((p) => p[key]);
  const inOut = (inKey: ChartSeries, outKey: ChartSeries): Line[] => [
    { label: t("inbound"), values: column(inKey), color: INBOUND },
    { label: t("outbound"), values: column(outKey), color: OUTBOUND },
  ];
  const capacityBps = chart.capacityMbps * 1_000_000;
  const subject = { name: instanceLabel, minutes: chart.periodSeconds / 60 };
  const axisText = { locale: useLocale(), time: t("time") };
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <Chart
        axisText={axisText}
        caption={t("captions.bandwidth", subject)}
        times={chart.times}
        unit="bps"
        lines={[
          ...inOut("bpsIn", "bpsOut"),
          ...(chart.kind === "circuit"
            ? [
                {
                  label: t("capacity"),
                  values: chart.times.map(() => capacityBps),
                  color: CAPACITY,
                  dash: [6, 4],
                },
              ]
            : []),
        ]}
      />
      <Chart
        axisText={axisText}
        caption={t("captions.utilisation", { ...subject, capacity: formatTraffic(capacityBps, "bps") })}
        times={chart.times}
        unit="%"
        lines={[{ label: t("charts.utilisation"), values: column("utilisation"), color: OUTBOUND }]}
      />
      <Chart
        axisText={axisText}
        caption={t("captions.packets", subject)}
        times={chart.times}
        unit="pps"
        lines={inOut("ppsIn", "ppsOut")}
      />
      <Chart
        axisText={axisText}
        caption={t("captions.dropped", subject)}
        times={chart.times}
        unit="pps"
        lines={inOut("droppedPpsIn", "droppedPpsOut")}
      />
      <Chart
        axisText={axisText}
        caption={t("captions.bytes", subject)}
        times={chart.times}
        unit="B"
        lines={inOut("bytesIn", "bytesOut")}
      />
      {chart.ports && chart.ports.length > 0 ? (
        <>
          <Chart
            axisText={axisText}
            caption={t("captions.splitOut", subject)}
            times={chart.times}
            unit="bps"
            lines={chart.ports.map((p, i) => ({
              label: p.name ?? p.id,
              values: p.bpsOut,
              color: SPLIT[i % SPLIT.length] ?? OUTBOUND,
            }))}
          />
          <Chart
            axisText={axisText}
            caption={t("captions.splitIn", subject)}
            times={chart.times}
            unit="bps"
            lines={chart.ports.map((p, i) => ({
              label: p.name ?? p.id,
              values: p.bpsIn,
              color: SPLIT[i % SPLIT.length] ?? INBOUND,
            }))}
          />
        </>
      ) : null}
    </div>
  );
}

/** One chart: a figure whose caption names it; hovering shows each line's value with its unit. */
function Chart({
  axisText,
  caption,
  times,
  unit,
  lines,
}: {
  axisText: { locale: string; time: string };
  caption: string;
  times: number[];
  unit: TrafficUnit;
  lines: Line[];
}) {
  const host = useRef<HTMLDivElement>(null);
  // Redrawn when what it shows changes, not on every render of the tab (a refetch that brought nothing new).
  const signature = JSON.stringify([times, unit, lines, axisText]);
  useEffect(() => {
    const [times, unit, lines, axisText] = JSON.parse(signature) as [
      number[],
      TrafficUnit,
      Line[],
      { locale: string; time: string },
    ];
    const names = dateNames(axisText.locale);
    const el = host.current;
    if (!el) return;
    const format = (value: number | null) => formatTraffic(value, unit);
    const plot = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height: HEIGHT,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max, 1)] } },
        fmtDate: (template: string) => uPlot.fmtDate(template, names),
        series: [
          { label: axisText.time },
          ...lines.map((line) => ({
            label: line.label,
            stroke: line.color,
            width: 1.5,
            dash: line.dash,
            value: (_u: uPlot, v: number | null) => format(v),
          })),
        ],
        axes: [{}, { size: 80, values: (_u: uPlot, splits: number[]) => splits.map((v) => format(v)) }],
        legend: { live: true },
      },
      [times, ...lines.map((line) => line.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(240, el.clientWidth), height: HEIGHT }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [signature]);
  return (
    <figure className="min-w-0 rounded border border-slate-200 bg-white p-3">
      <figcaption className="mb-2 font-medium">{caption}</figcaption>
      <div ref={host} className="w-full text-xs" />
    </figure>
  );
}

/** Month and weekday names in the page's language, for uPlot's time axis and legend. */
function dateNames(locale: string): uPlot.DateNames {
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) =>
    dates.map((d) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(d));
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15)));
  // 2026-02-01 is a Sunday: uPlot's weekday names start on Sunday.
  const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 1, 1 + d)));
  return {
    MMMM: names({ month: "long" }, months),
    MMM: names({ month: "short" }, months),
    WWWW: names({ weekday: "long" }, days),
    WWW: names({ weekday: "short" }, days),
  };
}
