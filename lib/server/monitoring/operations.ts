// The CloudMonitor (CMS 2019-01-01) read actions over stored traffic. They are no Express Connect
// actions, so they are registered here, not in OPERATIONS; the API serves them under their own version.
import { defineOperation } from "../operations/operation";
import { metricQueryInput, queryMetric } from "./metric-query";

export const describeMetricList = defineOperation({
  action: "DescribeMetricList",
  kind: "read",
  input: metricQueryInput,
  run: ({ tx, account, ctx }, input) => queryMetric(tx, account.uid, input, ctx.now, { last: false }),
});

/** The newest datapoint of each instance in the range (by default the last hour). */
export const describeMetricLast = defineOperation({
  action: "DescribeMetricLast",
  kind: "read",
  input: metricQueryInput,
  run: ({ tx, account, ctx }, input) => queryMetric(tx, account.uid, input, ctx.now, { last: true }),
});

export const MONITORING_OPERATIONS = {
  DescribeMetricList: describeMetricList,
  DescribeMetricLast: describeMetricLast,
} as const;
