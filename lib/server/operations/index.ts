// Every Express Connect operation, by API action. The HTTP API dispatches through this table and the
// authorization matrix test iterates it, so an operation not listed here does not exist.
import { applyPrivilege } from "./apply-privilege";
import { attachVbrToVpconn } from "./attach-vbr-to-vpconn";
import { confirmPhysicalConnection } from "./confirm-physical-connection";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { createVirtualBorderRouter } from "./create-virtual-border-router";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { declinePhysicalConnection } from "./decline-physical-connection";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { deleteVirtualBorderRouter } from "./delete-virtual-border-router";
import { describePhysicalConnections } from "./describe-physical-connections";
import { describePrivileges } from "./describe-privileges";
import { describeRegions } from "./describe-regions";
import { describeVirtualBorderRouters } from "./describe-virtual-border-routers";
import { listNotifications } from "./list-notifications";
import { listOrders } from "./list-orders";
import { listVirtualPhysicalConnections } from "./list-virtual-physical-connections";
import { markNotificationsRead } from "./mark-notifications-read";
import { modifyVirtualBorderRouterAttribute } from "./modify-virtual-border-router-attribute";
import { cancelSpecChange } from "./cancel-spec-change";
import { payOrder } from "./pay-order";
import { recoverPhysicalConnection } from "./recover-physical-connection";
import { recoverVirtualBorderRouter } from "./recover-virtual-border-router";
import { terminatePhysicalConnection } from "./terminate-physical-connection";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import { updateVirtualBorderBandwidth } from "./update-virtual-border-bandwidth";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";

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
  // Console only, not Alibaba API actions: the HTTP API must not expose these.
  PayOrder: payOrder,
  CancelSpecChange: cancelSpecChange,
  ApplyPrivilege: applyPrivilege,
  ListOrders: listOrders,
  DescribePrivileges: describePrivileges,
  DeclinePhysicalConnection: declinePhysicalConnection,
  ListNotifications: listNotifications,
  MarkNotificationsRead: markNotificationsRead,
} as const;

export type Action = keyof typeof OPERATIONS;

export {
  applyPrivilege,
  attachVbrToVpconn,
  cancelSpecChange,
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualBorderRouter,
  createVirtualPhysicalConnection,
  createVpconnFromVbr,
  declinePhysicalConnection,
  deletePhysicalConnection,
  deleteVirtualBorderRouter,
  describePhysicalConnections,
  describePrivileges,
  describeRegions,
  describeVirtualBorderRouters,
  listNotifications,
  listOrders,
  listVirtualPhysicalConnections,
  markNotificationsRead,
  modifyVirtualBorderRouterAttribute,
  payOrder,
  recoverPhysicalConnection,
  recoverVirtualBorderRouter,
  terminatePhysicalConnection,
  terminateVirtualBorderRouter,
  updateVirtualBorderBandwidth,
  updateVirtualPhysicalConnection,
};
export type { Caller, OperationContext } from "./context";
export { runOperation } from "./operation";
