"use client";

import { useTranslations } from "next-intl";
import { type ComponentType, useEffect, useState } from "react";
import type { MonitoredInstance } from "./monitoring-panel";

type Panel = ComponentType<{ instances: MonitoredInstance[] }>;

/**
 * The Monitoring tab of a shared port (with its VBR) or a circuit. Its code and uPlot are imported when
 * the tab is shown, so the page's first-load JS does not carry them (nor next/dynamic's loader).
 */
export function MonitoringTab({ instances }: { instances: MonitoredInstance[] }) {
  const t = useTranslations("monitoring");
  const [MonitoringPanel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    let shown = true;
    void import("./monitoring-panel").then((m) => {
      if (shown) setPanel(() => m.MonitoringPanel);
    });
    return () => {
      shown = false;
    };
  }, []);
  return MonitoringPanel ? (
    <MonitoringPanel instances={instances} />
  ) : (
    <p className="text-slate-500">{t("loading")}</p>
  );
}
