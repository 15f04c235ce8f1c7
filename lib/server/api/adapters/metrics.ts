// CloudMonitor's DescribeMetricList and DescribeMetricLast (version 2019-01-01) onto the monitoring
// operations. CMS answers Code "200" and Success, Period as text and Datapoints as a JSON string.
import type { MetricQueryOutput } from "../../monitoring/metric-query";
import type { AnyAdapter } from "../adapter";
import type { Field } from "../wire-input";

const fields: readonly Field[] = [
  { wire: "Namespace", key: "namespace" },
  { wire: "MetricName", key: "metricName" },
  { wire: "Dimensions", key: "dimensions" },
  { wire: "Period", key: "period", type: "integer" },
  { wire: "StartTime", key: "startTime" },
  { wire: "EndTime", key: "endTime" },
  { wire: "Length", key: "length", type: "integer" },
  { wire: "NextToken", key: "nextToken" },
];

function respond(output: unknown): Record<string, unknown> {
  const out = output as MetricQueryOutput;
  return {
    Code: "200",
    Success: true,
    Period: String(out.period),
    Datapoints: JSON.stringify(out.datapoints),
    ...(out.nextToken === undefined ? {} : { NextToken: out.nextToken }),
  };
}

// Typed as the Express Connect adapters are; run-adapter.ts finds these actions in MONITORING_OPERATIONS.
const adapterOf = (action: string) => ({ action, fields, respond }) as unknown as AnyAdapter;

export const METRIC_ADAPTERS: ReadonlyMap<string, AnyAdapter> = new Map(
  ["DescribeMetricList", "DescribeMetricLast"].map((action) => [action, adapterOf(action)]),
);
