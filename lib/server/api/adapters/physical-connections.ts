// The circuit and shared-port actions named PhysicalConnection: describe, confirm, order, disable, recover, delete.
import { defineAdapter, noBody, regionId } from "../adapter";
import { describedCircuit, describedHostedConnection } from "../wire-records";
import type { Field } from "../wire-input";

const physicalConnectionId: Field = { wire: "PhysicalConnectionId", key: "physicalConnectionId" };
const instanceId: Field = { wire: "InstanceId", key: "instanceId" };

export const describePhysicalConnectionsAdapter = defineAdapter({
  action: "DescribePhysicalConnections",
  fields: [
    regionId,
    { wire: "PageNumber", key: "pageNumber", type: "integer" },
    { wire: "PageSize", key: "pageSize", type: "integer" },
    {
      wire: "Filter",
      key: "filters",
      type: "filters",
      keys: {
        PhysicalConnectionId: "physicalConnectionId",
        AccessPointId: "accessPointId",
        Name: "name",
        Status: "status",
        LineOperator: "lineOperator",
        ProductType: "productType",
        Type: "type",
        Spec: "spec",
      },
    },
    { wire: "ResourceGroupId", key: "resourceGroupId" },
    { wire: "Tags", key: "tags", type: "tags" },
  ],
  respond: (out) => ({
    PageNumber: out.pageNumber,
    PageSize: out.pageSize,
    TotalCount: out.totalCount,
    PhysicalConnectionSet: {
      PhysicalConnectionType: out.items.map((item) =>
        item.productType === "PhysicalConnection" ? describedCircuit(item) : describedHostedConnection(item),
      ),
    },
  }),
});

export const confirmPhysicalConnectionAdapter = defineAdapter({
  action: "ConfirmPhysicalConnection",
  fields: [regionId, physicalConnectionId],
  token: "ClientToken",
  respond: noBody,
});

export const createPhysicalConnectionOccupancyOrderAdapter = defineAdapter({
  action: "CreatePhysicalConnectionOccupancyOrder",
  fields: [
    regionId,
    physicalConnectionId,
    { wire: "InstanceChargeType", key: "instanceChargeType" },
    { wire: "PricingCycle", key: "pricingCycle" },
    { wire: "Period", key: "period", type: "integer" },
    { wire: "AutoPay", key: "autoPay", type: "boolean" },
    { wire: "AutoRenew", key: "autoRenew", type: "boolean" },
    { wire: "ExpectedSpec", key: "expectedSpec" },
    { wire: "ExpectedAmountCents", key: "expectedAmountCents", type: "integer" },
  ],
  token: "ClientToken",
  respond: (out) => ({ Data: { OrderId: out.orderId } }),
});

export const terminatePhysicalConnectionAdapter = defineAdapter({
  action: "TerminatePhysicalConnection",
  fields: [regionId, physicalConnectionId],
  token: "ClientToken",
  respond: noBody,
});

export const recoverPhysicalConnectionAdapter = defineAdapter({
  action: "RecoverPhysicalConnection",
  fields: [regionId, instanceId],
  token: "Token",
  dryRun: true,
  respond: noBody,
});

export const deletePhysicalConnectionAdapter = defineAdapter({
  action: "DeletePhysicalConnection",
  fields: [regionId, physicalConnectionId],
  token: "ClientToken",
  respond: noBody,
});
