// Every Express Connect operation, by API action. The HTTP API dispatches through this table and the
// authorization matrix test iterates it, so an operation not listed here does not exist.
import { describePhysicalConnections } from "./describe-physical-connections";
import { describeRegions } from "./describe-regions";
import { describeVirtualBorderRouters } from "./describe-virtual-border-routers";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";

export const OPERATIONS = {
  DescribeRegions: describeRegions,
  DescribePhysicalConnections: describePhysicalConnections,
  ListVirtualPhysicalConnections: listVirtualPhysicalConnections,
  DescribeVirtualBorderRouters: describeVirtualBorderRouters,
} as const;

export type Action = keyof typeof OPERATIONS;

export {
  describePhysicalConnections,
  describeRegions,
  describeVirtualBorderRouters,
  listVirtualPhysicalConnections,
};
export type { Caller, OperationContext } from "./context";
export { runOperation } from "./operation";
