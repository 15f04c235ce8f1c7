"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CHART_RANGES, type ChartRange, RANGE_MS, refreshesLive } from "@/lib/domain/traffic-chart";
import type { TrafficChartDto } from "@/lib/server/monitoring/chart-query";
import { LatestValues } from "./latest-values";
import TrafficCharts from "./traffic-charts";

export type MonitoredInstance = { id: string; label: string };

type Selection = { range: ChartRange } | { start: number; end: number };

const LIVE_REFRESH_MS = 60_000;

/** The Monitoring tab: a range, an instance when there are several, the charts and their latest values. */
export function MonitoringPanel({ instances }: { instances: MonitoredInstance[] }) {
  const t = useTranslations("monitoring");
  const [instanceId, setInstanceId] = useState(instances[0]?.id ?? "");
  const [selection, setSelection] = useState<Selection>({ range: "1h" });
  const [customOpen, setCustomOpen] = useState(false);
  const params = new URLSearchParams({ instanceId });
  if ("range" in selection) params.set("range", selection.range);
  else {
    params.set("start", String(selection.start));
    params.set("end", String(selection.end));
  }
  const rangeMs = "range" in selection ? RANGE_MS[selection.range] : selection.end - selection.start;
  const live = "range" in selection && refreshesLive(rangeMs);
  const url = `/api/console/traffic?${params}`;
  const { data, isPending, isError } = useQuery({
    queryKey: ["traffic-chart", url],
    queryFn: async (): Promise<TrafficChartDto> => {
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) throw new Error(`traffic: HTTP ${response.status}`);
      return response.json();
    },
    refetchInterval: live ? LIVE_REFRESH_MS : false,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
  const instanceSelect = useId();
  const reported = data?.points.some((p) => p.bpsIn !== null || p.bpsOut !== null || p.ppsIn !== null);
  const selectedLabel = instances.find((i) => i.id === instanceId)?.label ?? instanceId;

  return (
    <section aria-labelledby="monitoring-heading" className="space-y-4">
      <h2 id="monitoring-heading" className="sr-only">
        {t("heading")}
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        {instances.length > 1 ? (
          <span className="flex items-center gap-2">
            <label htmlFor={instanceSelect} className="text-slate-600">
              {t("instance")}
            </label>
            <select
              id={instanceSelect}
              value={instanceId}
              onChange={(e) => setInstanceId(e.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
            >
              {instances.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        <fieldset className="flex flex-wrap gap-1">
          <legend className="sr-only">{t("range")}</legend>
          {CHART_RANGES.map((range) => (
            <button
              key={range}
              type="button"
              aria-pressed={"range" in selection && selection.range === range}
              onClick={() => {
                setSelection({ range });
                setCustomOpen(false);
              }}
              className="rounded border border-slate-300 px-2.5 py-1 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
            >
              {t(`ranges.${range}`)}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={!("range" in selection)}
            aria-expanded={customOpen}
            onClick={() => setCustomOpen((open) => !open)}
            className="rounded border border-slate-300 px-2.5 py-1 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
          >
            {t("ranges.custom")}
          </button>
        </fieldset>
        <span className="text-sm text-slate-500" role="status">
          {live ? t("autoRefresh") : ""}
        </span>
      </div>
      {customOpen ? (
        <CustomRange
          defaultStart={data ? (data.times[0] ?? 0) * 1000 : undefined}
          defaultEnd={data ? ((data.times.at(-1) ?? 0) + data.periodSeconds) * 1000 : undefined}
          onApply={(start, end) => {
            setSelection({ start, end });
            setCustomOpen(false);
          }}
        />
      ) : null}
      {isError ? (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {t("loadFailed")}
        </p>
      ) : isPending || !data ? (
        <p className="text-slate-500">{t("loading")}</p>
      ) : !reported ? (
        <p
          role="status"
          className="rounded border border-dashed border-slate-300 px-3 py-6 text-center text-slate-600"
        >
          {t("noData")}
        </p>
      ) : (
        <>
          <TrafficCharts chart={data} instanceLabel={selectedLabel} />
          <LatestValues chart={data} />
        </>
      )}
    </section>
  );
}

function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return "";
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function CustomRange({
  defaultStart,
  defaultEnd,
  onApply,
}: {
  defaultStart: number | undefined;
  defaultEnd: number | undefined;
  onApply: (start: number, end: number) => void;
}) {
  const t = useTranslations("monitoring");
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(toLocalInput(defaultStart));
  const [to, setTo] = useState(toLocalInput(defaultEnd));
  const start = Date.parse(from);
  const end = Date.parse(to);
  const invalid = Number.isNaN(start) || Number.isNaN(end) || start >= end;
  const tooLong = !invalid && end - start > RANGE_MS["30d"] + 24 * 3_600_000;
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid && !tooLong) onApply(start, end);
      }}
    >
      <span className="flex flex-col">
        <label htmlFor={fromId} className="text-slate-600">
          {t("from")}
        </label>
        <input
          id={fromId}
          type="datetime-local"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        />
      </span>
      <span className="flex flex-col">
        <label htmlFor={toId} className="text-slate-600">
          {t("to")}
        </label>
        <input
          id={toId}
          type="datetime-local"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        />
      </span>
      <button
        type="submit"
        disabled={invalid || tooLong}
        className="rounded bg-brand-600 px-3 py-1.5 text-white disabled:opacity-50"
      >
        {t("apply")}
      </button>
      {tooLong ? <span className="text-red-700">{t("rangeTooLong")}</span> : null}
    </form>
  );
}
