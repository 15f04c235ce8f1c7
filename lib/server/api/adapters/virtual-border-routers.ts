// VBR actions: create, describe, modify, disable, recover, delete and the bandwidth cap.
import { defineAdapter, noBody, regionId } from "../adapter";
import { describedVbr } from "../wire-records";
import type { Field } from "../wire-input";

const vbrId: Field = { wire: "VbrId", key: "vbrId" };
const vlanId: Field = { wire: "VlanId", key: "vlanId", type: "integer" };
const bandwidth: Field = { wire: "Bandwidth", key: "bandwidth", type: "integer" };
const name: Field = { wire: "Name", key: "name" };
const description: Field = { wire: "Description", key: "description" };
const peering: Field[] = [
  { wire: "LocalGatewayIp", key: "localGatewayIp" },
  { wire: "PeerGatewayIp", key: "peerGatewayIp" },
  { wire: "PeeringSubnetMask", key: "peeringSubnetMask" },
];

export const createVirtualBorderRouterAdapter = defineAdapter({
  action: "CreateVirtualBorderRouter",
  fields: [
    regionId,
    { wire: "PhysicalConnectionId", key: "physicalConnectionId" },
    vlanId,
    ...peering,
    bandwidth,
    name,
    description,
  ],
  token: "ClientToken",
  respond: (out) => ({ VbrId: out.vbrId }),
});

export const describeVirtualBorderRoutersAdapter = defineAdapter({
  action: "DescribeVirtualBorderRouters",
  fields: [
    regionId,
    { wire: "PageNumber", key: "pageNumber", type: "integer" },
    { wire: "PageSize", key: "pageSize", type: "integer" },
    { wire: "IncludeCrossAccountVbr", key: "includeCrossAccountVbr", type: "boolean" },
    {
      wire: "Filter",
      key: "filters",
      type: "filters",
      keys: {
        PhysicalConnectionId: "physicalConnectionId",
        VbrId: "vbrId",
        Status: "status",
        Name: "name",
        AccessPointId: "accessPointId",
        eccId: "eccId",
        type: "type",
      },
    },
    { wire: "ResourceGroupId", key: "resourceGroupId" },
    { wire: "Tags", key: "tags", type: "tags" },
  ],
  respond: (out) => ({
    PageNumber: out.pageNumber,
    PageSize: out.pageSize,
    TotalCount: out.totalCount,
    VirtualBorderRouterSet: { VirtualBorderRouterType: out.items.map(describedVbr) },
  }),
});

export const modifyVirtualBorderRouterAttributeAdapter = defineAdapter({
  action: "ModifyVirtualBorderRouterAttribute",
  fields: [
    regionId,
    vbrId,
    name,
    description,
    vlanId,
    { wire: "CircuitCode", key: "circuitCode" },
    ...peering,
    bandwidth,
  ],
  token: "ClientToken",
  respond: noBody,
});

export const terminateVirtualBorderRouterAdapter = defineAdapter({
  action: "TerminateVirtualBorderRouter",
  fields: [regionId, vbrId],
  token: "ClientToken",
  respond: noBody,
});

export const recoverVirtualBorderRouterAdapter = defineAdapter({
  action: "RecoverVirtualBorderRouter",
  fields: [regionId, vbrId],
  token: "ClientToken",
  respond: noBody,
});

export const deleteVirtualBorderRouterAdapter = defineAdapter({
  action: "DeleteVirtualBorderRouter",
  fields: [regionId, vbrId],
  token: "ClientToken",
  respond: noBody,
});

export const updateVirtualBorderBandwidthAdapter = defineAdapter({
  action: "UpdateVirtualBorderBandwidth",
  fields: [regionId, { wire: "VirtualBorderRouterId", key: "virtualBorderRouterId" }, bandwidth],
  token: "ClientToken",
  respond: () => ({ Code: "200", HttpStatusCode: 200, Message: "successful", Success: true }),
});
