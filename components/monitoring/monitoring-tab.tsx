"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { MonitoredInstance } from "./monitoring-panel";

// The tab's code and uPlot are fetched when the tab is shown, so the page's first-load JS does not grow.
const MonitoringPanel = dynamic(() => import("./monitoring-panel").then((m) => m.MonitoringPanel), {
  ssr: false,
  loading: Loading,
});

function Loading() {
  const t = useTranslations("monitoring");
  return <p className="text-slate-500">{t("loading")}</p>;
}

/** The Monitoring tab of a shared port (with its VBR) or a circuit. */
export function MonitoringTab({ instances }: { instances: MonitoredInstance[] }) {
  return <MonitoringPanel instances={instances} />;
}
