export const SPECS = ["50M", "100M", "200M", "300M", "400M", "500M", "1G", "2G", "5G", "8G", "10G"] as const;
export type Spec = (typeof SPECS)[number];

// Specs above 1G need an account-manager allowlist on top of the hosted-connection privilege.
export const HIGH_SPECS = ["2G", "5G", "8G", "10G"] as const satisfies readonly Spec[];
export type HighSpec = (typeof HIGH_SPECS)[number];

export function isSpec(value: unknown): value is Spec {
  return typeof value === "string" && (SPECS as readonly string[]).includes(value);
}

export function isHighSpec(spec: Spec): spec is HighSpec {
  return (HIGH_SPECS as readonly string[]).includes(spec);
}

// Capacity is counted in Mbit/s with 1G = 1000 (decimal, as the Spec doc says "G indicates Gbit/s"),
// so a 1G circuit holds exactly two 500M hosted connections.
export function specMbps(spec: Spec): number {
  const amount = Number.parseInt(spec, 10);
  return spec.endsWith("G") ? amount * 1000 : amount;
}

export const ORDER_MODES = ["PayByPhysicalConnectionOwner", "PayByVirtualPhysicalConnectionOwner"] as const;
export type OrderMode = (typeof ORDER_MODES)[number];

// The SDK documents this default even though it marks OrderMode as required; the console preselects it too.
export const DEFAULT_ORDER_MODE: OrderMode = "PayByVirtualPhysicalConnectionOwner";

export const PHYSICAL_CONNECTION_STATUSES = [
  "Initial",
  "Approved",
  "Allocating",
  "Allocated",
  "Confirmed",
  "Enabled",
  "Rejected",
  "Canceled",
  "Allocation Failed",
  "Terminating",
  "Terminated",
] as const;
export type PhysicalConnectionStatus = (typeof PHYSICAL_CONNECTION_STATUSES)[number];

export const VPCONN_STATUSES = ["UnConfirmed", "Confirmed", "Deleted"] as const;
export type VpconnStatus = (typeof VPCONN_STATUSES)[number];

export const BUSINESS_STATUSES = ["Normal", "FinancialLocked", "SecurityLocked"] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

export const LOA_STATUSES = [
  "Applying",
  "Accept",
  "Available",
  "Rejected",
  "Completing",
  "Complete",
  "Deleted",
] as const;
export type LoaStatus = (typeof LOA_STATUSES)[number];

export const VBR_STATUSES = [
  "unconfirmed",
  "active",
  "terminating",
  "terminated",
  "recovering",
  "deleting",
] as const;
export type VbrStatus = (typeof VBR_STATUSES)[number];

export const LINE_OPERATORS = ["CT", "CU", "CM", "CO", "Equinix", "Other"] as const;
export type LineOperator = (typeof LINE_OPERATORS)[number];

export const SITES = ["china", "international"] as const;
export type Site = (typeof SITES)[number];

export const ACCOUNT_TYPES = ["primary", "ram"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const PRODUCT_TYPES = ["PhysicalConnection", "VirtualPhysicalConnection"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const ROLES = ["partner", "tenant"] as const;
export type Role = (typeof ROLES)[number];

export function payerRole(orderMode: OrderMode): Role {
  return orderMode === "PayByPhysicalConnectionOwner" ? "partner" : "tenant";
}

/** A RAM user's Express Connect policy: AliyunExpressConnectReadOnlyAccess or AliyunExpressConnectFullAccess. */
export const RAM_POLICIES = ["ReadOnly", "FullAccess"] as const;
export type RamPolicy = (typeof RAM_POLICIES)[number];
