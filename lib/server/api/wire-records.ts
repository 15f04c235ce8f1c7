// Operation DTOs as the API's PascalCase records, named as Alibaba's API reference names them. Absent
// values are left out, as the real API leaves out fields it has no value for.
import { specMbps } from "../../domain/enums";
import type { CircuitDto, HostedConnectionDto, TagDto, VbrDto } from "../operations/records";

type WireRecord = Record<string, unknown>;

function present(record: Record<string, unknown>): WireRecord {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}

/** Alibaba times carry seconds, not milliseconds. */
export function wireTime(iso: string | null): string | null {
  return iso?.replace(/\.\d{3}Z$/, "Z") ?? null;
}

const wireTags = (tags: TagDto[]) => tags.map((t) => ({ Key: t.key, Value: t.value }));

function hostedConnectionFields(hc: HostedConnectionDto): WireRecord {
  return {
    PhysicalConnectionId: hc.id,
    ProductType: hc.productType,
    ParentPhysicalConnectionId: hc.circuitId,
    Status: hc.status,
    BusinessStatus: hc.businessStatus,
    OrderMode: hc.orderMode,
    Spec: hc.spec,
    ExpectSpec: hc.expectSpec,
    // A request sends VlanId as a number; these two records return it as a string.
    VlanId: hc.vlanId === null ? null : String(hc.vlanId),
    // Mbit/s of the hosted connection itself, as ListVirtualPhysicalConnections documents it.
    Bandwidth: specMbps(hc.spec),
    Name: hc.name,
    Description: hc.description,
    ResourceGroupId: hc.resourceGroupId,
    AccessPointId: hc.accessPointId,
    LineOperator: hc.lineOperator,
    PortType: hc.portType,
    Type: "VPC",
    LoaStatus: hc.loaStatus,
    ChargeType: "Prepaid",
    CreationTime: wireTime(hc.createdAt),
    EnabledTime: wireTime(hc.enabledAt),
    EndTime: wireTime(hc.endTime),
  };
}

/** DescribePhysicalConnections: the partner UID is a number and tags nest under a lower-case `tags`. */
export function describedHostedConnection(hc: HostedConnectionDto): WireRecord {
  return present({
    ...hostedConnectionFields(hc),
    ParentPhysicalConnectionAliUid: Number(hc.partnerUid),
    VpconnStatus: hc.vpconnStatus,
    Tags: { tags: wireTags(hc.tags) },
  });
}

/** ListVirtualPhysicalConnections: UIDs are strings and tags a flat list. */
export function listedHostedConnection(hc: HostedConnectionDto): WireRecord {
  return present({
    ...hostedConnectionFields(hc),
    AliUid: hc.tenantUid,
    ParentPhysicalConnectionAliUid: hc.partnerUid,
    VirtualPhysicalConnectionStatus: hc.vpconnStatus,
    Tags: wireTags(hc.tags),
  });
}

export function describedCircuit(c: CircuitDto): WireRecord {
  return present({
    PhysicalConnectionId: c.id,
    ProductType: c.productType,
    Name: c.name,
    Description: c.description,
    AccessPointId: c.accessPointId,
    AdLocation: c.accessPointName,
    Bandwidth: c.capacityMbps,
    Status: c.status,
    BusinessStatus: "Normal",
    LineOperator: c.lineOperator,
    PortType: c.portType,
    CircuitCode: c.circuitCode,
    Type: "VPC",
    ChargeType: "Prepaid",
    CreationTime: wireTime(c.createdAt),
    EnabledTime: wireTime(c.enabledAt),
    VirtualPhysicalConnectionCount: c.hostedConnectionCount,
  });
}

/** DescribeVirtualBorderRouters: here VlanId is a number and Status lower-case. */
export function describedVbr(vbr: VbrDto): WireRecord {
  return present({
    VbrId: vbr.id,
    Name: vbr.name,
    Description: vbr.description,
    Status: vbr.status,
    Type: "pconn",
    VlanId: vbr.vlanId,
    Bandwidth: vbr.bandwidthMbps,
    PhysicalConnectionId: vbr.physicalConnectionId,
    PhysicalConnectionOwnerUid: vbr.circuitOwnerUid,
    AccessPointId: vbr.accessPointId,
    LocalGatewayIp: vbr.localGatewayIp,
    PeerGatewayIp: vbr.peerGatewayIp,
    PeeringSubnetMask: vbr.peeringSubnetMask,
    EnableIpv6: false,
    RouteTableId: vbr.routeTableId,
    VlanInterfaceId: vbr.vlanInterfaceId,
    CreationTime: wireTime(vbr.createdAt),
    ActivationTime: wireTime(vbr.activatedAt),
    TerminationTime: wireTime(vbr.terminatedAt),
    RecoveryTime: wireTime(vbr.recoveredAt),
  });
}

/** DescribeVirtualBorderRoutersForPhysicalConnection: the owner's UID is a number, Bandwidth a string. */
export function describedVbrForPhysicalConnection(vbr: VbrDto): WireRecord {
  return present({
    VbrId: vbr.id,
    VbrName: vbr.name,
    VbrOwnerUid: Number(vbr.ownerUid),
    Status: vbr.status,
    Type: "pconn",
    VlanId: vbr.vlanId,
    Bandwidth: vbr.bandwidthMbps === null ? null : String(vbr.bandwidthMbps),
    LocalGatewayIp: vbr.localGatewayIp,
    PeerGatewayIp: vbr.peerGatewayIp,
    PeeringSubnetMask: vbr.peeringSubnetMask,
    EnableIpv6: false,
    PConnVbrChargeType: "Prepaid",
    PConnVbrBussinessStatus: "Normal",
    CreationTime: wireTime(vbr.createdAt),
    ActivationTime: wireTime(vbr.activatedAt),
    TerminationTime: wireTime(vbr.terminatedAt),
    RecoveryTime: wireTime(vbr.recoveredAt),
  });
}
