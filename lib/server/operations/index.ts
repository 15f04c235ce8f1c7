// Every Express Connect operation, by API action. The HTTP API dispatches through this table and the
// authorization matrix test iterates it, so an operation not listed here does not exist.
import { applyPrivilege } from "./apply-privilege";
import { attachVbrToVpconn } from "./attach-vbr-to-vpconn";
import { bulkCreateVirtualPhysicalConnections } from "./bulk-create-virtual-physical-connections";
import { confirmPhysicalConnection } from "./confirm-physical-connection";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { createVirtualBorderRouter } from "./create-virtual-border-router";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { createVlanReservation } from "./create-vlan-reservation";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { declinePhysicalConnection } from "./decline-physical-connection";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { deleteVirtualBorderRouter } from "./delete-virtual-border-router";
import { deleteVlanReservation } from "./delete-vlan-reservation";
import { describeCircuitPlan } from "./describe-circuit-plan";
import { describePhysicalConnections } from "./describe-physical-connections";
import { describePortTraffic } from "./describe-port-traffic";
import { describePrivileges } from "./describe-privileges";
import { describeRegions } from "./describe-regions";
import { describeTrafficChart } from "./describe-traffic-chart";
import { describeVirtualBorderRouters } from "./describe-virtual-border-routers";
import { describeVlanAvailability } from "./describe-vlan-availability";
import { listNotifications } from "./list-notifications";
import { listOrders } from "./list-orders";
import { listOutboundTransferBills } from "./list-outbound-transfer-bills";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";
import { modifyOutboundTransferBilling } from "./modify-outbound-transfer-billing";
import { markNotificationsRead } from "./mark-notifications-read";
import { modifyVirtualBorderRouterAttribute } from "./modify-virtual-border-router-attribute";
import { cancelSpecChange } from "./cancel-spec-change";
import { payOrder } from "./pay-order";
import { recoverPhysicalConnection } from "./recover-physical-connection";
import { recoverVirtualBorderRouter } from "./recover-virtual-border-router";
import { renewHostedConnection } from "./renew-hosted-connection";
import { setHostedConnectionAutoRenew } from "./set-hosted-connection-auto-renew";
import { terminatePhysicalConnection } from "./terminate-physical-connection";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import { updateVirtualBorderBandwidth } from "./update-virtual-border-bandwidth";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import { describeAccessPoints } from "./describe-access-points";
import { describeVirtualBorderRoutersForPhysicalConnection } from "./describe-virtual-border-routers-for-physical-connection";
import { listTagResources } from "./list-tag-resources";
import { modifyPhysicalConnectionAttribute } from "./modify-physical-connection-attribute";
import { moveResourceGroup } from "./move-resource-group";
import { tagResources } from "./tag-resources";
import { untagResources } from "./untag-resources";

export const OPERATIONS = {
  DescribeRegions: describeRegions,
  DescribePhysicalConnections: describePhysicalConnections,
  ListVirtualPhysicalConnections: listVirtualPhysicalConnections,
  DescribeVirtualBorderRouters: describeVirtualBorderRouters,
  CreateVirtualPhysicalConnection: createVirtualPhysicalConnection,
  UpdateVirtualPhysicalConnection: updateVirtualPhysicalConnection,
  CreateVpconnFromVbr: createVpconnFromVbr,
  AttachVbrToVpconn: attachVbrToVpconn,
  UpdateVirtualBorderBandwidth: updateVirtualBorderBandwidth,
  ConfirmPhysicalConnection: confirmPhysicalConnection,
  CreatePhysicalConnectionOccupancyOrder: createPhysicalConnectionOccupancyOrder,
  TerminatePhysicalConnection: terminatePhysicalConnection,
  RecoverPhysicalConnection: recoverPhysicalConnection,
  DeletePhysicalConnection: deletePhysicalConnection,
  CreateVirtualBorderRouter: createVirtualBorderRouter,
  ModifyVirtualBorderRouterAttribute: modifyVirtualBorderRouterAttribute,
  TerminateVirtualBorderRouter: terminateVirtualBorderRouter,
  RecoverVirtualBorderRouter: recoverVirtualBorderRouter,
  DeleteVirtualBorderRouter: deleteVirtualBorderRouter,
  TagResources: tagResources,
  UnTagResources: untagResources,
  ListTagResources: listTagResources,
  MoveResourceGroup: moveResourceGroup,
  DescribeAccessPoints: describeAccessPoints,
  ModifyPhysicalConnectionAttribute: modifyPhysicalConnectionAttribute,
  DescribeVirtualBorderRoutersForPhysicalConnection: describeVirtualBorderRoutersForPhysicalConnection,
  // Console only, not Alibaba API actions: the HTTP API must not expose these.
  PayOrder: payOrder,
  CancelSpecChange: cancelSpecChange,
  ApplyPrivilege: applyPrivilege,
  ListOrders: listOrders,
  DescribePrivileges: describePrivileges,
  // The partner's circuit planning tools.
  DescribeCircuitPlan: describeCircuitPlan,
  DescribeVlanAvailability: describeVlanAvailability,
  CreateVlanReservation: createVlanReservation,
  DeleteVlanReservation: deleteVlanReservation,
  BulkCreateVirtualPhysicalConnections: bulkCreateVirtualPhysicalConnections,
  DescribeTrafficChart: describeTrafficChart,
  DescribePortTraffic: describePortTraffic,
  ListOutboundTransferBills: listOutboundTransferBills,
  ModifyOutboundTransferBilling: modifyOutboundTransferBilling,
  RenewHostedConnection: renewHostedConnection,
  SetHostedConnectionAutoRenew: setHostedConnectionAutoRenew,
  DeclinePhysicalConnection: declinePhysicalConnection,
  ListNotifications: listNotifications,
  MarkNotificationsRead: markNotificationsRead,
} as const;

export type Action = keyof typeof OPERATIONS;

export {
  applyPrivilege,
  attachVbrToVpconn,
  bulkCreateVirtualPhysicalConnections,
  cancelSpecChange,
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualBorderRouter,
  createVirtualPhysicalConnection,
  createVlanReservation,
  createVpconnFromVbr,
  declinePhysicalConnection,
  deletePhysicalConnection,
  deleteVirtualBorderRouter,
  deleteVlanReservation,
  describeCircuitPlan,
  describePhysicalConnections,
  describePrivileges,
  describeRegions,
  describeVirtualBorderRouters,
  describeVlanAvailability,
  listNotifications,
  listOrders,
  listVirtualPhysicalConnections,
  markNotificationsRead,
  modifyVirtualBorderRouterAttribute,
  payOrder,
  recoverPhysicalConnection,
  recoverVirtualBorderRouter,
  renewHostedConnection,
  setHostedConnectionAutoRenew,
  terminatePhysicalConnection,
  terminateVirtualBorderRouter,
  updateVirtualBorderBandwidth,
  updateVirtualPhysicalConnection,
  describeAccessPoints,
  describeVirtualBorderRoutersForPhysicalConnection,
  listTagResources,
  modifyPhysicalConnectionAttribute,
  moveResourceGroup,
  tagResources,
  untagResources,
};
export type { Caller, OperationContext } from "./context";
export { runOperation } from "./operation";
