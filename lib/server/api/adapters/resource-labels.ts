// The actions a Terraform or SDK user reaches for beside the lifecycle: tags, resource groups, access
// points, a port's name and description, and the VBRs on one circuit or port.
import { defineAdapter, noBody, regionId } from "../adapter";
import { describedVbrForPhysicalConnection } from "../wire-records";

const resourceType = { wire: "ResourceType", key: "resourceType" } as const;
const resourceIds = { wire: "ResourceId", key: "resourceIds", type: "list" } as const;

export const tagResourcesAdapter = defineAdapter({
  action: "TagResources",
  fields: [regionId, resourceType, resourceIds, { wire: "Tag", key: "tags", type: "tags" }],
  respond: noBody,
});

export const untagResourcesAdapter = defineAdapter({
  action: "UnTagResources",
  fields: [
    regionId,
    resourceType,
    resourceIds,
    { wire: "TagKey", key: "tagKeys", type: "list" },
    { wire: "All", key: "all", type: "boolean" },
  ],
  respond: noBody,
});

export const listTagResourcesAdapter = defineAdapter({
  action: "ListTagResources",
  fields: [
    regionId,
    resourceType,
    resourceIds,
    { wire: "Tag", key: "tags", type: "tags" },
    { wire: "MaxResults", key: "maxResults", type: "integer" },
    { wire: "NextToken", key: "nextToken" },
  ],
  respond: (out) => ({
    ...(out.nextToken ? { NextToken: out.nextToken } : {}),
    TagResources: {
      TagResource: out.items.map((item) => ({
        ResourceId: item.id,
        ResourceType: item.resourceType,
        TagKey: item.key,
        TagValue: item.value,
      })),
    },
  }),
});

export const moveResourceGroupAdapter = defineAdapter({
  action: "MoveResourceGroup",
  fields: [
    regionId,
    { wire: "ResourceId", key: "resourceId" },
    resourceType,
    { wire: "NewResourceGroupId", key: "newResourceGroupId" },
  ],
  respond: noBody,
});

export const describeAccessPointsAdapter = defineAdapter({
  action: "DescribeAccessPoints",
  fields: [
    regionId,
    { wire: "PageNumber", key: "pageNumber", type: "integer" },
    { wire: "PageSize", key: "pageSize", type: "integer" },
    { wire: "AcceptLanguage", key: "acceptLanguage" },
  ],
  respond: (out) => ({
    PageNumber: out.pageNumber,
    PageSize: out.pageSize,
    TotalCount: out.totalCount,
    AccessPointSet: {
      AccessPointType: out.items.map((ap) => ({
        AccessPointId: ap.accessPointId,
        Name: ap.name,
        Location: ap.name,
        AttachedRegionNo: ap.regionId,
        Status: "recommended",
        Type: "VPC",
      })),
    },
  }),
});

export const modifyPhysicalConnectionAttributeAdapter = defineAdapter({
  action: "ModifyPhysicalConnectionAttribute",
  fields: [
    regionId,
    { wire: "PhysicalConnectionId", key: "physicalConnectionId" },
    { wire: "Name", key: "name" },
    { wire: "Description", key: "description" },
    { wire: "LineOperator", key: "lineOperator" },
    { wire: "PortType", key: "portType" },
    { wire: "PeerLocation", key: "peerLocation" },
    { wire: "CircuitCode", key: "circuitCode" },
    { wire: "Bandwidth", key: "bandwidth" },
    { wire: "RedundantPhysicalConnectionId", key: "redundantPhysicalConnectionId" },
    { wire: "DownDelayTime", key: "downDelayTime" },
  ],
  token: "ClientToken",
  respond: noBody,
});

export const describeVirtualBorderRoutersForPhysicalConnectionAdapter = defineAdapter({
  action: "DescribeVirtualBorderRoutersForPhysicalConnection",
  fields: [
    regionId,
    { wire: "PhysicalConnectionId", key: "physicalConnectionId" },
    { wire: "PageNumber", key: "pageNumber", type: "integer" },
    { wire: "PageSize", key: "pageSize", type: "integer" },
    {
      wire: "Filter",
      key: "filters",
      type: "filters",
      keys: { VbrId: "vbrId", Status: "status", Name: "name" },
    },
  ],
  respond: (out) => ({
    PageNumber: out.pageNumber,
    PageSize: out.pageSize,
    TotalCount: out.totalCount,
    VirtualBorderRouterForPhysicalConnectionSet: {
      VirtualBorderRouterForPhysicalConnectionType: out.items.map(describedVbrForPhysicalConnection),
    },
  }),
});
