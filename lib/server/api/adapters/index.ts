import type { AnyAdapter } from "../adapter";
import { describeRegionsAdapter } from "./describe-regions";
import {
  describeAccessPointsAdapter,
  describeVirtualBorderRoutersForPhysicalConnectionAdapter,
  listTagResourcesAdapter,
  modifyPhysicalConnectionAttributeAdapter,
  moveResourceGroupAdapter,
  tagResourcesAdapter,
  untagResourcesAdapter,
} from "./resource-labels";
import {
  confirmPhysicalConnectionAdapter,
  createPhysicalConnectionOccupancyOrderAdapter,
  deletePhysicalConnectionAdapter,
  describePhysicalConnectionsAdapter,
  recoverPhysicalConnectionAdapter,
  terminatePhysicalConnectionAdapter,
} from "./physical-connections";
import {
  createVirtualBorderRouterAdapter,
  deleteVirtualBorderRouterAdapter,
  describeVirtualBorderRoutersAdapter,
  modifyVirtualBorderRouterAttributeAdapter,
  recoverVirtualBorderRouterAdapter,
  terminateVirtualBorderRouterAdapter,
  updateVirtualBorderBandwidthAdapter,
} from "./virtual-border-routers";
import {
  attachVbrToVpconnAdapter,
  createVirtualPhysicalConnectionAdapter,
  createVpconnFromVbrAdapter,
  listVirtualPhysicalConnectionsAdapter,
  updateVirtualPhysicalConnectionAdapter,
} from "./virtual-physical-connections";

/** The API's actions, each mapped onto the operation of the same name; console-only operations stay off it. */
export const ADAPTERS: ReadonlyMap<string, AnyAdapter> = new Map(
  [
    createVirtualPhysicalConnectionAdapter,
    updateVirtualPhysicalConnectionAdapter,
    listVirtualPhysicalConnectionsAdapter,
    createVpconnFromVbrAdapter,
    attachVbrToVpconnAdapter,
    confirmPhysicalConnectionAdapter,
    createPhysicalConnectionOccupancyOrderAdapter,
    describePhysicalConnectionsAdapter,
    terminatePhysicalConnectionAdapter,
    recoverPhysicalConnectionAdapter,
    deletePhysicalConnectionAdapter,
    createVirtualBorderRouterAdapter,
    describeVirtualBorderRoutersAdapter,
    modifyVirtualBorderRouterAttributeAdapter,
    terminateVirtualBorderRouterAdapter,
    recoverVirtualBorderRouterAdapter,
    deleteVirtualBorderRouterAdapter,
    updateVirtualBorderBandwidthAdapter,
    describeRegionsAdapter,
    tagResourcesAdapter,
    untagResourcesAdapter,
    listTagResourcesAdapter,
    moveResourceGroupAdapter,
    describeAccessPointsAdapter,
    modifyPhysicalConnectionAttributeAdapter,
    describeVirtualBorderRoutersForPhysicalConnectionAdapter,
  ].map((adapter) => [adapter.action, adapter]),
);
