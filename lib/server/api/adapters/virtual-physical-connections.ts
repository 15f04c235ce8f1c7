// The hosted-connection (vpconn) actions a partner drives: create, update, transform from a VBR, attach.
import { defineAdapter, regionId } from "../adapter";
import { listedHostedConnection } from "../wire-records";
import type { Field } from "../wire-input";

const vlanId: Field = { wire: "VlanId", key: "vlanId", type: "integer" };
const vbrId: Field = { wire: "VbrId", key: "vbrId" };
const orderMode: Field = { wire: "OrderMode", key: "orderMode" };

export const createVirtualPhysicalConnectionAdapter = defineAdapter({
  action: "CreateVirtualPhysicalConnection",
  fields: [
    regionId,
    { wire: "PhysicalConnectionId", key: "physicalConnectionId" },
    // A UID stays a string: 16 digits are safe as a number today, but nothing promises it.
    { wire: "VpconnAliUid", key: "vpconnAliUid" },
    vlanId,
    { wire: "Spec", key: "spec" },
    orderMode,
    { wire: "Name", key: "name" },
    { wire: "Description", key: "description" },
    { wire: "ResourceGroupId", key: "resourceGroupId" },
    { wire: "Tag", key: "tags", type: "tags" },
  ],
  token: "Token",
  dryRun: true,
  respond: (out) => ({ VirtualPhysicalConnection: out.virtualPhysicalConnection }),
});

export const updateVirtualPhysicalConnectionAdapter = defineAdapter({
  action: "UpdateVirtualPhysicalConnection",
  fields: [
    regionId,
    { wire: "InstanceId", key: "instanceId" },
    vlanId,
    { wire: "ExpectSpec", key: "expectSpec" },
  ],
  token: "Token",
  dryRun: true,
  // A string, unlike every other Success in this API.
  respond: () => ({ Success: "true" }),
});

export const listVirtualPhysicalConnectionsAdapter = defineAdapter({
  action: "ListVirtualPhysicalConnections",
  fields: [
    regionId,
    { wire: "PhysicalConnectionId", key: "physicalConnectionId" },
    { wire: "VirtualPhysicalConnectionIds", key: "virtualPhysicalConnectionIds", type: "list" },
    { wire: "VirtualPhysicalConnectionAliUids", key: "aliUids", type: "list" },
    { wire: "VlanIds", key: "vlanIds", type: "list" },
    { wire: "VirtualPhysicalConnectionStatuses", key: "vpconnStatuses", type: "list" },
    { wire: "VirtualPhysicalConnectionBusinessStatus", key: "businessStatus" },
    { wire: "IsConfirmed", key: "isConfirmed", type: "boolean" },
    { wire: "ResourceGroupId", key: "resourceGroupId" },
    { wire: "Tags", key: "tags", type: "tags" },
    { wire: "MaxResults", key: "maxResults", type: "integer" },
    { wire: "NextToken", key: "nextToken" },
  ],
  respond: (out) => ({
    Count: out.count,
    TotalCount: out.totalCount,
    NextToken: out.nextToken,
    VirtualPhysicalConnections: out.items.map(listedHostedConnection),
  }),
});

export const createVpconnFromVbrAdapter = defineAdapter({
  action: "CreateVpconnFromVbr",
  fields: [regionId, vbrId, orderMode],
  token: "Token",
  dryRun: true,
  respond: (out) => ({ VirtualPhysicalConnection: out.virtualPhysicalConnection }),
});

export const attachVbrToVpconnAdapter = defineAdapter({
  action: "AttachVbrToVpconn",
  fields: [regionId, { wire: "VpconnId", key: "vpconnId" }, vbrId],
  token: "Token",
  dryRun: true,
  respond: (out) => ({ VirtualPhysicalConnection: out.virtualPhysicalConnection }),
});
