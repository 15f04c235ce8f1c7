// The authorization matrix as data: for every operation in OPERATIONS (and the console's
// AccessKey operations, ACCOUNT_OPERATIONS), the resources it is tried on and the outcome expected for each
// caller. authorization-matrix.test.ts runs every cell through the operation layer and the HTTP API, and
// fails when an operation has no rows here, when a row misses a resource of its kinds, when a foreign caller
// is ever expected to succeed, or when a foreign caller's answer on a real resource differs from its answer
// on one that does not exist.
//
// Callers, relative to the resource of a cell:
//   tenant       - the tenant side: owner of the shared port, VBR or order (Acme or Globex; Initech on
//                  Equinix's circuits)
//   partner      - the partner side: owner of the circuit under it (China Unicom; Equinix for its circuits)
//   otherTenant  - a tenant with no claim on it (Globex for Acme's resources, Acme for Globex's)
//   otherPartner - a partner with no claim on it (Equinix for Unicom's circuits, Unicom for Equinix's)
//   ram          - the RAM user 2210000000000004 (of Acme)
//   anonymous    - nobody: at the operation layer an unknown caller, in the console runConsoleAction's
//                  "Unauthenticated" branch, over the API an unsigned request
// The "owner" of the caller list is whichever of tenant and partner may act (Row.owner).
//
// Outcomes: "ok" (a write succeeds; a read lists the resource as an item), "empty" (a read succeeds and the
// resource's ID appears nowhere in its answer), "unlisted" (a read succeeds without listing the resource,
// though the ID may appear as a reference, e.g. the circuit ID on the tenant's own shared port), or the
// catalog key of the expected DomainError.
import { type Db, openDb } from "../../db/client";
import { outboundTransferBills, resourceGroups, tags, vbrs, vlanAllocations } from "../../db/schema";
import { withTransaction } from "../../db/transaction";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS, seedDemo } from "../../db/seed";
import type { ErrorCode } from "../domain/errors";
import { PRIVILEGE_QUOTA_ID } from "../domain/privilege";
import {
  createAccessKey,
  type DemoAccessKey,
  deleteAccessKey,
  ensureDemoAccessKeys,
  listAccessKeys,
  updateAccessKeyStatus,
} from "./access-keys";
import { ALERT_OPERATIONS, createAlertRule } from "./alerts/operations";
import { OPERATIONS } from "./operations";
import {
  createResourceGroup,
  deleteResourceGroup,
  listResourceGroups,
  renameResourceGroup,
} from "./resource-groups";
import { confirmPhysicalConnection } from "./operations/confirm-physical-connection";
import { createPhysicalConnectionOccupancyOrder } from "./operations/create-physical-connection-occupancy-order";
import { createVirtualPhysicalConnection } from "./operations/create-virtual-physical-connection";
import { createVlanReservation } from "./operations/create-vlan-reservation";
import { createVpconnFromVbr } from "./operations/create-vpconn-from-vbr";
import { describeRegions } from "./operations/describe-regions";
import { runOperation } from "./operations/operation";
import { contextFor } from "./operations/test-helpers";
import { terminateVirtualBorderRouter } from "./operations/terminate-virtual-border-router";
import { updateVirtualPhysicalConnection } from "./operations/update-virtual-physical-connection";

/**
 * Operations the console runs that are no Express Connect action and so not in OPERATIONS: the AccessKey
 * page's. A server action may run only an operation listed here or in OPERATIONS, and each needs rows.
 */
export const ACCOUNT_OPERATIONS = {
  CreateAccessKey: createAccessKey,
  UpdateAccessKey: updateAccessKeyStatus,
  DeleteAccessKey: deleteAccessKey,
  ListAccessKeys: listAccessKeys,
  ListResourceGroups: listResourceGroups,
  CreateResourceGroup: createResourceGroup,
  UpdateResourceGroup: renameResourceGroup,
  DeleteResourceGroup: deleteResourceGroup,
} as const;

/** What the matrix covers: every operation, keyed by its action. */
export const MATRIX_OPERATIONS = { ...OPERATIONS, ...ACCOUNT_OPERATIONS, ...ALERT_OPERATIONS } as const;
export type Action = keyof typeof MATRIX_OPERATIONS;

export const CALLERS = ["tenant", "partner", "otherTenant", "otherPartner", "ram", "anonymous"] as const;
export type CallerRole = (typeof CALLERS)[number];
export type Who = keyof typeof DEMO_ACCOUNTS;

export type Outcome = "ok" | "empty" | "unlisted" | ErrorCode;
/** One outcome per caller, in CALLERS order. */
export type Cells = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** The clock: the demo set is seeded and the fixtures made at NOW, every cell runs an hour later. */
export const NOW = new Date("2026-11-22T08:00:00Z");
export const CELL_NOW = new Date(NOW.getTime() + 60 * 60 * 1000);
const HZ = "cn-hangzhou";

// ---- Outcomes every row shares -------------------------------------------------------------------

/** loadCallerAccount: a RAM user may do nothing, an unknown caller neither. */
const RAM: Outcome = "Forbidden.RAM";
const ANON: Outcome = "Forbidden";

/** The console's answer to an anonymous server action (runConsoleAction, before any operation runs). */
export const CONSOLE_ANONYMOUS = "Unauthenticated";
/** The API's answer to an unsigned request (docs/api.md: "No signature at all"), whatever the action. */
export const API_ANONYMOUS: ErrorCode = "MissingParameter";
/** Console-only operations are no API actions: any request for one, signed or not, is refused so. */
export const API_CONSOLE_ONLY: ErrorCode = "InvalidApi.NotFound";
export const CONSOLE_ONLY: readonly Action[] = [
  "PayOrder",
  "CancelSpecChange",
  "ApplyPrivilege",
  "ListOrders",
  "DescribePrivileges",
  "DescribeCircuitPlan",
  "DescribeVlanAvailability",
  "CreateVlanReservation",
  "DeleteVlanReservation",
  "BulkCreateVirtualPhysicalConnections",
  "DescribeTrafficChart",
  "DescribePortTraffic",
  "ListOutboundTransferBills",
  "ModifyOutboundTransferBilling",
  "RenewHostedConnection",
  "SetHostedConnectionAutoRenew",
  "DeclinePhysicalConnection",
  "ListNotifications",
  "MarkNotificationsRead",
  ...(Object.keys(ACCOUNT_OPERATIONS) as Action[]),
  ...(Object.keys(ALERT_OPERATIONS) as Action[]),
];

const cells = (tenant: Outcome, partner: Outcome, otherTenant: Outcome, otherPartner: Outcome): Cells => [
  tenant,
  partner,
  otherTenant,
  otherPartner,
  RAM,
  ANON,
];

// ---- Resources -----------------------------------------------------------------------------------

export type ResourceKind =
  | "region"
  | "circuit"
  | "port"
  | "vbr"
  | "order"
  | "privilege"
  | "accessKey"
  | "alertRule"
  | "account"
  | "outboundBill"
  | "resourceGroup"
  | "notification";

export type ResourceDef = {
  kind: ResourceKind;
  /** Who stands where relative to this resource. */
  parties: Record<Exclude<CallerRole, "ram" | "anonymous">, Who>;
  region: string;
  /**
   * public: everyone may see it (regions). own: the operation only ever acts on the caller's own account,
   * so a foreign caller succeeding is acting on its own data. Otherwise the resource belongs to someone
   * and no foreign caller may ever succeed on it.
   */
  scope?: "public" | "own";
  /** An ID that does not exist: foreign callers must get exactly the answer they get for it. */
  ghost?: boolean;
  note: string;
};

const acmeSide = {
  tenant: "acme",
  partner: "unicom",
  otherTenant: "globex",
  otherPartner: "equinix",
} as const;
const globexSide = {
  tenant: "globex",
  partner: "unicom",
  otherTenant: "acme",
  otherPartner: "equinix",
} as const;
const equinixSide = {
  tenant: "initech",
  partner: "equinix",
  otherTenant: "acme",
  otherPartner: "unicom",
} as const;

export const RESOURCES = {
  // Regions
  regionHangzhou: { kind: "region", parties: acmeSide, region: HZ, scope: "public", note: "cn-hangzhou" },
  regionBeijing: {
    kind: "region",
    parties: acmeSide,
    region: "cn-beijing",
    scope: "public",
    note: "cn-beijing",
  },
  regionVirginia: {
    kind: "region",
    parties: equinixSide,
    region: "us-east-1",
    scope: "public",
    note: "us-east-1",
  },
  // Circuits (demo)
  unicomHz01: {
    kind: "circuit",
    parties: acmeSide,
    region: HZ,
    note: "unicom-hz-01, Acme's and Globex's ports on it",
  },
  unicomHz02: {
    kind: "circuit",
    parties: acmeSide,
    region: HZ,
    note: "unicom-hz-02, Acme's backup port on it",
  },
  unicomBj01: { kind: "circuit", parties: acmeSide, region: "cn-beijing", note: "unicom-bj-01, empty" },
  equinixDc11a: { kind: "circuit", parties: equinixSide, region: "us-east-1", note: "equinix-dc11-01" },
  equinixDc11b: { kind: "circuit", parties: equinixSide, region: "us-east-1", note: "equinix-dc11-02" },
  ghostCircuit: { kind: "circuit", parties: acmeSide, region: HZ, ghost: true, note: "no such circuit" },
  // Shared ports: the demo three, then made by the fixtures
  acmeProdPort: {
    kind: "port",
    parties: acmeSide,
    region: HZ,
    note: "acme-hz-prod: Active, tenant paid, VBR on it",
  },
  globexOffer: { kind: "port", parties: globexSide, region: HZ, note: "globex-offer: pending acceptance" },
  acmeBackupPort: {
    kind: "port",
    parties: acmeSide,
    region: HZ,
    note: "acme-hz-backup: Disabled, partner paid",
  },
  acmeActivePort: { kind: "port", parties: acmeSide, region: HZ, note: "Active, tenant paid, no VBR" },
  acmeUnpaidPort: { kind: "port", parties: acmeSide, region: HZ, note: "accepted, waiting for payment" },
  acmePartnerPaidPort: {
    kind: "port",
    parties: acmeSide,
    region: HZ,
    note: "Active, partner paid, no VBR, 300M requested (pending payment)",
  },
  acmePartnerOffer: {
    kind: "port",
    parties: acmeSide,
    region: HZ,
    note: "partner pays, pending acceptance, unpaid (Unicom's unpaid order on it)",
  },
  globexTransformedPort: {
    kind: "port",
    parties: globexSide,
    region: HZ,
    note: "made by Transform to Shared Port, accepted and paid, waiting for AttachVbrToVpconn",
  },
  ghostPort: { kind: "port", parties: acmeSide, region: HZ, ghost: true, note: "no such shared port" },
  // VBRs
  acmeProdVbr: {
    kind: "vbr",
    parties: acmeSide,
    region: HZ,
    note: "acme-vbr-prod: hosted, tenant paid, active",
  },
  globexLegacyVbr: {
    kind: "vbr",
    parties: globexSide,
    region: HZ,
    note: "globex-legacy-vbr: legacy, no cap",
  },
  acmeLegacyCappedVbr: {
    kind: "vbr",
    parties: acmeSide,
    region: HZ,
    note: "legacy, capped at 100M, convertible",
  },
  globexAwaitingVbr: {
    kind: "vbr",
    parties: globexSide,
    region: HZ,
    note: "legacy, transformed, waiting to be attached to globexTransformedPort",
  },
  globexDisabledVbr: { kind: "vbr", parties: globexSide, region: HZ, note: "legacy, terminated by Unicom" },
  ghostVbr: { kind: "vbr", parties: acmeSide, region: HZ, ghost: true, note: "no such VBR" },
  // Orders (the tenant/partner parties are those of the order's port; the payer is in the note)
  acmeUnpaidOrder: {
    kind: "order",
    parties: acmeSide,
    region: HZ,
    note: "Acme's unpaid order of acmeUnpaidPort",
  },
  acmePaidOrder: {
    kind: "order",
    parties: acmeSide,
    region: HZ,
    note: "Acme's paid order of acmeActivePort",
  },
  unicomPaidOrder: {
    kind: "order",
    parties: acmeSide,
    region: HZ,
    note: "Unicom's paid order of acmePartnerPaidPort",
  },
  unicomUnpaidOrder: {
    kind: "order",
    parties: acmeSide,
    region: HZ,
    note: "Unicom's unpaid order of acmePartnerOffer",
  },
  ghostOrder: { kind: "order", parties: acmeSide, region: HZ, ghost: true, note: "no such order" },
  // Privilege applications (Quota Center)
  unicomPrivilege: {
    kind: "privilege",
    parties: acmeSide,
    region: HZ,
    note: "Unicom's approved application",
  },
  equinixPrivilege: {
    kind: "privilege",
    parties: equinixSide,
    region: HZ,
    note: "Equinix's expired application",
  },
  // AccessKeys (the demo ones; the RAM user's belongs to the RAM user, not to Acme)
  acmeKey: { kind: "accessKey", parties: acmeSide, region: HZ, note: "Acme's AccessKey" },
  globexKey: { kind: "accessKey", parties: globexSide, region: HZ, note: "Globex's AccessKey" },
  unicomKey: { kind: "accessKey", parties: acmeSide, region: HZ, note: "China Unicom's AccessKey" },
  acmeRamKey: { kind: "accessKey", parties: acmeSide, region: HZ, note: "the Acme RAM user's AccessKey" },
  ghostKey: { kind: "accessKey", parties: acmeSide, region: HZ, ghost: true, note: "no such AccessKey" },
  // Alert rules: each belongs to the account that made it, on a resource of its side.
  acmePortRule: { kind: "alertRule", parties: acmeSide, region: HZ, note: "Acme's rule on acme-hz-prod" },
  unicomCircuitRule: {
    kind: "alertRule",
    parties: acmeSide,
    region: HZ,
    note: "China Unicom's rule on unicom-hz-01",
  },
  ghostRule: { kind: "alertRule", parties: acmeSide, region: HZ, ghost: true, note: "no such alert rule" },
  acmeOutboundBill: {
    kind: "outboundBill",
    parties: acmeSide,
    region: HZ,
    note: "Acme's outbound data transfer bill of acme-hz-prod",
  },
  ghostOutboundBill: {
    kind: "outboundBill",
    parties: acmeSide,
    region: HZ,
    ghost: true,
    note: "no such bill",
  },
  // Resource groups (Resource Management): each account's own
  acmeGroup: { kind: "resourceGroup", parties: acmeSide, region: HZ, note: "Acme's default group" },
  unicomGroup: {
    kind: "resourceGroup",
    parties: acmeSide,
    region: HZ,
    note: "China Unicom's default group, holding the demo ports",
  },
  unicomSpareGroup: {
    kind: "resourceGroup",
    parties: acmeSide,
    region: HZ,
    note: "China Unicom's second group, empty",
  },
  ghostGroup: { kind: "resourceGroup", parties: acmeSide, region: HZ, ghost: true, note: "no such group" },
  // Notifications (inserted by the fixtures with IDs that appear nowhere else)
  acmeNotification: {
    kind: "notification",
    parties: acmeSide,
    region: HZ,
    note: "one of Acme's notifications",
  },
  unicomNotification: {
    kind: "notification",
    parties: acmeSide,
    region: HZ,
    note: "one of China Unicom's notifications",
  },
  ghostNotification: {
    kind: "notification",
    parties: acmeSide,
    region: HZ,
    ghost: true,
    note: "no such notification",
  },
  // ApplyPrivilege and CreateAccessKey name no resource: every caller applies for its own account.
  ownAccount: {
    kind: "account",
    parties: acmeSide,
    region: HZ,
    scope: "own",
    note: "the caller's own account",
  },
} as const satisfies Record<string, ResourceDef>;

export type ResourceName = keyof typeof RESOURCES;

/** A resource as the fixtures made it. */
export type Resolved = {
  name: ResourceName;
  id: string;
  region: string;
  vlanId?: number;
  spec?: string;
  /** An order's shared port. */
  portId?: string;
  /** The resource an alert rule watches. */
  watched?: { resourceType: "hostedConnection" | "circuit"; resourceId: string };
  /** The legacy VBR a transformed port waits for. */
  sourceVbrId?: string;
  /** UID of the tenant side (the tenant a partner offers a port to). */
  tenantUid: string;
};

// ---- Rows ----------------------------------------------------------------------------------------

export type Row = {
  label: string;
  kinds: readonly ResourceKind[];
  /** Who may act: reported as the owner column, and checked to succeed somewhere in the row. */
  owner: "tenant" | "partner" | "both" | "everyone";
  input: (r: Resolved) => Record<string, unknown>;
  expect: Partial<Record<ResourceName, Cells>>;
};

const NF_PORT: ErrorCode = "ResourceNotFound.PhysicalConnectionId";
const NF_PORT_CREATE: ErrorCode = "InvalidPhysicalConnectionId.NotFound";
const NF_PORT_SHORT: ErrorCode = "ResourceNotFound.PhysicalConnectionId#Short";
const NF_PORT_RECORDS: ErrorCode = "InvalidPhysicalConnectionId.NotFound#Records";
// Refusals of the payer's and the tenant's actions; each variant answers the wire as its base code.
const TENANT_PAYS: ErrorCode = "Forbidden.OperationNotAllowedByUser#TenantPays";
const PARTNER_PAYS: ErrorCode = "Forbidden.OperationNotAllowedByUser#PartnerPays";
const TENANT_ONLY_VBR: ErrorCode = "Forbidden.OperationNotAllowedByUser#CreateVbrTenantOnly";
const NF: ErrorCode = "ResourceNotFound";
const NOT_PENDING: ErrorCode = "IncorrectStatus.PhysicalConnection#NotAllocated";
const DECLINE_PARTNER: ErrorCode = "Forbidden.OperationNotAllowedByUser#DeclineTenantOnly";
const NO_PENDING_SPEC: ErrorCode = "Forbidden.NotAllowedInState#NoPendingSpec";
const NOT_ACTIVE: ErrorCode = "Forbidden.NotAllowedInState#DisableNotActive";
const ALREADY_DISABLED: ErrorCode = "Forbidden.NotAllowedInState#AlreadyDisabled";
const VBR_NF: ErrorCode = "InvalidVbrId.NotFound";
const NOT_PARTNER: ErrorCode = "OperationDenied.CreateVpconn";
const BULK_REFUSED: ErrorCode = "OperationFailed.BulkRowsRefused";

/** A read's cells when tenant and partner both see the resource and nobody else does. */
const seenByBoth = cells("ok", "ok", "empty", "empty");
const seenByTenant = cells("ok", "empty", "empty", "empty");
const seenByPartner = cells("empty", "ok", "empty", "empty");
const seenByNobody = cells("empty", "empty", "empty", "empty");

const portReadCells = (partnerSees: boolean) => ({
  acmeProdPort: partnerSees ? seenByBoth : seenByTenant,
  globexOffer: partnerSees ? seenByBoth : seenByTenant,
  acmeBackupPort: partnerSees ? seenByBoth : seenByTenant,
  acmeActivePort: partnerSees ? seenByBoth : seenByTenant,
  acmeUnpaidPort: partnerSees ? seenByBoth : seenByTenant,
  acmePartnerPaidPort: partnerSees ? seenByBoth : seenByTenant,
  acmePartnerOffer: partnerSees ? seenByBoth : seenByTenant,
  globexTransformedPort: partnerSees ? seenByBoth : seenByTenant,
  ghostPort: seenByNobody,
});

/**
 * DescribePhysicalConnections lists circuits to a partner and shared ports to a tenant, so a tenant with a
 * port on a circuit sees that circuit's ID as its port's ParentPhysicalConnectionId without the circuit.
 */
const circuitReadCells = (tenantRefs: {
  unicomHz01: Outcome;
  unicomHz02: Outcome;
  otherHz01: Outcome;
  otherHz02: Outcome;
}) => ({
  unicomHz01: cells(tenantRefs.unicomHz01, "ok", tenantRefs.otherHz01, "empty"),
  unicomHz02: cells(tenantRefs.unicomHz02, "ok", tenantRefs.otherHz02, "empty"),
  unicomBj01: seenByPartner,
  // Initech's demo ports sit on both Equinix circuits: its own port lists each circuit's ID.
  equinixDc11a: cells(tenantRefs.unicomHz01, "ok", "empty", "empty"),
  equinixDc11b: cells(tenantRefs.unicomHz01, "ok", "empty", "empty"),
  ghostCircuit: seenByNobody,
});

const vbrReadCells = (partnerSees: boolean) => ({
  acmeProdVbr: partnerSees ? seenByBoth : seenByTenant,
  globexLegacyVbr: partnerSees ? seenByBoth : seenByTenant,
  acmeLegacyCappedVbr: partnerSees ? seenByBoth : seenByTenant,
  globexAwaitingVbr: partnerSees ? seenByBoth : seenByTenant,
  globexDisabledVbr: partnerSees ? seenByBoth : seenByTenant,
  ghostVbr: seenByNobody,
});

const orderReadCells = {
  acmeUnpaidOrder: seenByTenant,
  acmePaidOrder: seenByTenant,
  unicomPaidOrder: seenByPartner,
  unicomUnpaidOrder: seenByPartner,
  ghostOrder: seenByNobody,
};

/** A circuit planning tool: the circuit's owner gets `owner`, everyone else no such circuit. */
function circuitPlanningCells(owner: Outcome) {
  const nf: Outcome = "ResourceNotFound.PhysicalConnectionId";
  return {
    unicomHz01: cells(nf, owner, nf, nf),
    unicomHz02: cells(nf, owner, nf, nf),
    unicomBj01: cells(nf, owner, nf, nf),
    equinixDc11a: cells(nf, owner, nf, nf),
    equinixDc11b: cells(nf, owner, nf, nf),
    ghostCircuit: cells(nf, nf, nf, nf),
  };
}

/** A chart answers another account's shared port, VBR or circuit as one that does not exist. */
const chartCells = {
  acmeProdPort: cells("ok", "ok", NF, NF),
  globexOffer: cells("ok", "ok", NF, NF),
  acmeBackupPort: cells("ok", "ok", NF, NF),
  acmeActivePort: cells("ok", "ok", NF, NF),
  acmeUnpaidPort: cells("ok", "ok", NF, NF),
  acmePartnerPaidPort: cells("ok", "ok", NF, NF),
  acmePartnerOffer: cells("ok", "ok", NF, NF),
  globexTransformedPort: cells("ok", "ok", NF, NF),
  ghostPort: cells(NF, NF, NF, NF),
  acmeProdVbr: cells("ok", "ok", NF, NF),
  globexLegacyVbr: cells("ok", "ok", NF, NF),
  acmeLegacyCappedVbr: cells("ok", "ok", NF, NF),
  globexAwaitingVbr: cells("ok", "ok", NF, NF),
  globexDisabledVbr: cells("ok", "ok", NF, NF),
  ghostVbr: cells(NF, NF, NF, NF),
  unicomHz01: cells(NF, "ok", NF, NF),
  unicomHz02: cells(NF, "ok", NF, NF),
  unicomBj01: cells(NF, "ok", NF, NF),
  equinixDc11a: cells(NF, "ok", NF, NF),
  equinixDc11b: cells(NF, "ok", NF, NF),
  ghostCircuit: cells(NF, NF, NF, NF),
};

const KEY_NF: ErrorCode = "InvalidAccessKeyId.NotFound";
/** Only the account a key belongs to may manage it: not even the primary account its RAM user's. */
const accessKeyWriteCells = {
  acmeKey: cells("ok", KEY_NF, KEY_NF, KEY_NF),
  globexKey: cells("ok", KEY_NF, KEY_NF, KEY_NF),
  unicomKey: cells(KEY_NF, "ok", KEY_NF, KEY_NF),
  acmeRamKey: cells(KEY_NF, KEY_NF, KEY_NF, KEY_NF),
  ghostKey: cells(KEY_NF, KEY_NF, KEY_NF, KEY_NF),
};

const ALERT_RULE_FIELDS = {
  name: "matrix rule",
  statistic: "Average",
  comparison: "GreaterThanThreshold",
  threshold: 1_000_000,
} as const;

/** A rule is its owner's alone: the other side of its resource finds none. */
const alertRuleWriteCells = {
  acmePortRule: cells("ok", NF, NF, NF),
  unicomCircuitRule: cells(NF, "ok", NF, NF),
  ghostRule: cells(NF, NF, NF, NF),
};

/** Only the resource's owner side alerts on it: the tenant on ports and VBRs, the partner on ports and circuits. */
const alertCreateCells = {
  ...Object.fromEntries(
    (
      [
        "acmeProdPort",
        "globexOffer",
        "acmeBackupPort",
        "acmeActivePort",
        "acmeUnpaidPort",
        "acmePartnerPaidPort",
        "acmePartnerOffer",
        "globexTransformedPort",
      ] as const
    ).map((name) => [name, cells("ok", "ok", NF, NF)]),
  ),
  ...Object.fromEntries(
    (
      [
        "acmeProdVbr",
        "globexLegacyVbr",
        "acmeLegacyCappedVbr",
        "globexAwaitingVbr",
        "globexDisabledVbr",
      ] as const
    ).map((name) => [name, cells("ok", NF, NF, NF)]),
  ),
  ...Object.fromEntries(
    (["unicomHz01", "unicomHz02", "unicomBj01", "equinixDc11a", "equinixDc11b"] as const).map((name) => [
      name,
      cells(NF, "ok", NF, NF),
    ]),
  ),
  ghostPort: cells(NF, NF, NF, NF),
  ghostVbr: cells(NF, NF, NF, NF),
  ghostCircuit: cells(NF, NF, NF, NF),
} as Partial<Record<ResourceName, Cells>>;

const ALERT_RESOURCE_TYPE_OF = { port: "hostedConnection", vbr: "vbr", circuit: "circuit" } as const;
// ---- Tags, resource groups, attributes ------------------------------------------------------------

const NF_RESOURCE: ErrorCode = "InvalidResourceId.NotFound";
const NF_GROUP: ErrorCode = "InvalidResourceGroupId.NotFound";
const UNICOM_DEFAULT_GROUP = "rg-demo0000000001";
const SPARE_GROUP = "rg-matrixspare0001";
const tagTypeOf = (r: Resolved) => (RESOURCES[r.name].kind === "vbr" ? "VBR" : "PHYSICALCONNECTION");

/** The payer tags a shared port, the owner a VBR; anyone else does not find it. */
const tagWriteCells = {
  acmeProdPort: cells("ok", "Forbidden.OperationNotAllowedByUser#TagTenantPays", NF_RESOURCE, NF_RESOURCE),
  globexOffer: cells("ok", "Forbidden.OperationNotAllowedByUser#TagTenantPays", NF_RESOURCE, NF_RESOURCE),
  acmeBackupPort: cells("Forbidden.OperationNotAllowedByUser#TagPartnerPays", "ok", NF_RESOURCE, NF_RESOURCE),
  acmeActivePort: cells("ok", "Forbidden.OperationNotAllowedByUser#TagTenantPays", NF_RESOURCE, NF_RESOURCE),
  acmeUnpaidPort: cells("ok", "Forbidden.OperationNotAllowedByUser#TagTenantPays", NF_RESOURCE, NF_RESOURCE),
  acmePartnerPaidPort: cells(
    "Forbidden.OperationNotAllowedByUser#TagPartnerPays",
    "ok",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  acmePartnerOffer: cells(
    "Forbidden.OperationNotAllowedByUser#TagPartnerPays",
    "ok",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  globexTransformedPort: cells(
    "ok",
    "Forbidden.OperationNotAllowedByUser#TagTenantPays",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  ghostPort: cells(NF_RESOURCE, NF_RESOURCE, NF_RESOURCE, NF_RESOURCE),
  acmeProdVbr: cells("ok", "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly", NF_RESOURCE, NF_RESOURCE),
  globexLegacyVbr: cells(
    "ok",
    "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  acmeLegacyCappedVbr: cells(
    "ok",
    "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  globexAwaitingVbr: cells(
    "ok",
    "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  globexDisabledVbr: cells(
    "ok",
    "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly",
    NF_RESOURCE,
    NF_RESOURCE,
  ),
  ghostVbr: cells(NF_RESOURCE, NF_RESOURCE, NF_RESOURCE, NF_RESOURCE),
};

/** A shared port's name, description and resource group are its partner's. */
const portLabelCells = (notFound: ErrorCode) => {
  const partnerOnly = cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", notFound, notFound);
  return {
    acmeProdPort: partnerOnly,
    globexOffer: partnerOnly,
    acmeBackupPort: partnerOnly,
    acmeActivePort: partnerOnly,
    acmeUnpaidPort: partnerOnly,
    acmePartnerPaidPort: partnerOnly,
    acmePartnerOffer: partnerOnly,
    globexTransformedPort: partnerOnly,
    ghostPort: cells(notFound, notFound, notFound, notFound),
  };
};

type VbrName =
  | "acmeProdVbr"
  | "globexLegacyVbr"
  | "acmeLegacyCappedVbr"
  | "globexAwaitingVbr"
  | "globexDisabledVbr"
  | "ghostVbr";
/** The shared port a hosted VBR is on, the circuit a legacy VBR is on (the ghost's: unicom-hz-01). */
const VBR_HOMES: Record<VbrName, string> = {
  acmeProdVbr: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
  globexLegacyVbr: DEMO_CIRCUITS.unicomHz02,
  acmeLegacyCappedVbr: DEMO_CIRCUITS.unicomHz02,
  globexAwaitingVbr: DEMO_CIRCUITS.unicomHz02,
  globexDisabledVbr: DEMO_CIRCUITS.unicomHz01,
  ghostVbr: DEMO_CIRCUITS.unicomHz01,
};

/** The bandwidth in force of each port a renewal may succeed on (what its Renew dialog would show). */
const PORT_SPECS: Partial<Record<ResourceName, string>> = {
  acmeBackupPort: "500M",
  acmeActivePort: "500M",
  acmePartnerPaidPort: "200M",
  globexTransformedPort: "200M",
};
const RENEW_UNPAID: ErrorCode = "Forbidden.NotAllowedInState#RenewUnpaid";
const payerRenewalCells = {
  acmeProdPort: cells("ok", TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
  globexOffer: cells(RENEW_UNPAID, TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
  acmeBackupPort: cells(PARTNER_PAYS, "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
  acmeActivePort: cells("ok", TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
  acmeUnpaidPort: cells(RENEW_UNPAID, TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
  acmePartnerPaidPort: cells(PARTNER_PAYS, "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
  acmePartnerOffer: cells(PARTNER_PAYS, RENEW_UNPAID, NF_PORT_RECORDS, NF_PORT_RECORDS),
  globexTransformedPort: cells("ok", TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
  ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
};

export const MATRIX = {
  DescribeRegions: [
    {
      label: "all regions",
      kinds: ["region"],
      owner: "everyone",
      input: () => ({ acceptLanguage: "en-US" }),
      expect: {
        regionHangzhou: cells("ok", "ok", "ok", "ok"),
        regionBeijing: cells("ok", "ok", "ok", "ok"),
        regionVirginia: cells("ok", "ok", "ok", "ok"),
      },
    },
  ],

  DescribePhysicalConnections: [
    {
      label: "the region's first page",
      kinds: ["circuit", "port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, pageSize: 50 }),
      expect: {
        ...circuitReadCells({
          unicomHz01: "unlisted",
          unicomHz02: "unlisted",
          otherHz01: "unlisted",
          otherHz02: "unlisted",
        }),
        ...portReadCells(false),
      },
    },
    {
      label: "filtered by the resource's ID",
      kinds: ["circuit", "port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, pageSize: 50, filters: { physicalConnectionId: [r.id] } }),
      expect: {
        ...circuitReadCells({
          unicomHz01: "empty",
          unicomHz02: "empty",
          otherHz01: "empty",
          otherHz02: "empty",
        }),
        ...portReadCells(false),
      },
    },
  ],

  ListVirtualPhysicalConnections: [
    {
      label: "the region's first page",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, maxResults: 100 }),
      expect: portReadCells(true),
    },
    {
      label: "filtered by the resource's ID",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, virtualPhysicalConnectionIds: [r.id] }),
      expect: portReadCells(true),
    },
  ],

  DescribeVirtualBorderRouters: [
    {
      label: "own VBRs only (the API default)",
      kinds: ["vbr"],
      owner: "tenant",
      input: (r) => ({ regionId: r.region, pageSize: 50 }),
      expect: vbrReadCells(false),
    },
    {
      label: "IncludeCrossAccountVbr",
      kinds: ["vbr"],
      owner: "both",
      input: (r) => ({ regionId: r.region, pageSize: 50, includeCrossAccountVbr: true }),
      expect: vbrReadCells(true),
    },
    {
      label: "IncludeCrossAccountVbr, filtered by the VBR's ID",
      kinds: ["vbr"],
      owner: "both",
      input: (r) => ({ regionId: r.region, includeCrossAccountVbr: true, filters: { vbrId: [r.id] } }),
      expect: vbrReadCells(true),
    },
  ],

  CreateVirtualPhysicalConnection: [
    {
      label: "offer a 1G shared port on VLAN 1600 to the tenant",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({
        regionId: r.region,
        physicalConnectionId: r.id,
        vpconnAliUid: r.tenantUid,
        vlanId: 1600,
        spec: "1G",
      }),
      expect: {
        unicomHz01: cells(NOT_PARTNER, "ok", NOT_PARTNER, "ResourceNotFound.PhysicalConnectionId"),
        unicomHz02: cells(NOT_PARTNER, "ok", NOT_PARTNER, "ResourceNotFound.PhysicalConnectionId"),
        unicomBj01: cells(NOT_PARTNER, "ok", NOT_PARTNER, "ResourceNotFound.PhysicalConnectionId"),
        // Equinix's privilege has expired: it may offer no Spec at all.
        equinixDc11a: cells(
          NOT_PARTNER,
          "IllegalParam.Bandwidth#Privilege",
          NOT_PARTNER,
          "ResourceNotFound.PhysicalConnectionId",
        ),
        equinixDc11b: cells(
          NOT_PARTNER,
          "IllegalParam.Bandwidth#Privilege",
          NOT_PARTNER,
          "ResourceNotFound.PhysicalConnectionId",
        ),
        ghostCircuit: cells(
          NOT_PARTNER,
          "ResourceNotFound.PhysicalConnectionId",
          NOT_PARTNER,
          "ResourceNotFound.PhysicalConnectionId",
        ),
      },
    },
  ],

  UpdateVirtualPhysicalConnection: [
    {
      label: "move the port to VLAN 1700",
      kinds: ["port"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, instanceId: r.id, vlanId: 1700 }),
      expect: {
        acmeProdPort: cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", NF_PORT, NF_PORT),
        globexOffer: cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", NF_PORT, NF_PORT),
        acmeBackupPort: cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", NF_PORT, NF_PORT),
        acmeActivePort: cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", NF_PORT, NF_PORT),
        acmeUnpaidPort: cells("Forbidden.OperationNotAllowedByUser#EditPartnerOnly", "ok", NF_PORT, NF_PORT),
        acmePartnerPaidPort: cells(
          "Forbidden.OperationNotAllowedByUser#EditPartnerOnly",
          "ok",
          NF_PORT,
          NF_PORT,
        ),
        acmePartnerOffer: cells(
          "Forbidden.OperationNotAllowedByUser#EditPartnerOnly",
          "ok",
          NF_PORT,
          NF_PORT,
        ),
        globexTransformedPort: cells(
          "Forbidden.OperationNotAllowedByUser#EditPartnerOnly",
          "ok",
          NF_PORT,
          NF_PORT,
        ),
        ghostPort: cells(NF_PORT, NF_PORT, NF_PORT, NF_PORT),
      },
    },
  ],

  CreateVpconnFromVbr: [
    {
      label: "Transform to Shared Port",
      kinds: ["vbr"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, vbrId: r.id }),
      expect: {
        acmeProdVbr: cells(NOT_PARTNER, "OperationFailed.VbrBindedPconn", NOT_PARTNER, VBR_NF),
        globexLegacyVbr: cells(NOT_PARTNER, "IllegalParam.Bandwidth#SpeedUnlimited", NOT_PARTNER, VBR_NF),
        acmeLegacyCappedVbr: cells(NOT_PARTNER, "ok", NOT_PARTNER, VBR_NF),
        globexAwaitingVbr: cells(NOT_PARTNER, "OperationFailed.VbrBindedPconn", NOT_PARTNER, VBR_NF),
        globexDisabledVbr: cells(
          NOT_PARTNER,
          "InvalidOperation.OperationNotAllowedInState#Disabled",
          NOT_PARTNER,
          VBR_NF,
        ),
        ghostVbr: cells(NOT_PARTNER, VBR_NF, NOT_PARTNER, VBR_NF),
      },
    },
  ],

  AttachVbrToVpconn: [
    {
      label: "attach the port's source VBR (else globex-legacy-vbr)",
      kinds: ["port"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, vpconnId: r.id, vbrId: r.sourceVbrId ?? DEMO_VBRS.globexLegacy }),
      expect: {
        acmeProdPort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "QuotaExceeded.VPCONN#VbrPerVpconn",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        globexOffer: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotEnabled",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeBackupPort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotEnabled",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeActivePort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "InvalidPhysicalConnectionId.NotMatched",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeUnpaidPort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotEnabled",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmePartnerPaidPort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "InvalidPhysicalConnectionId.NotMatched",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmePartnerOffer: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotEnabled",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        globexTransformedPort: cells(
          "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly",
          "ok",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        ghostPort: cells(NF_PORT_SHORT, NF_PORT_SHORT, NF_PORT_SHORT, NF_PORT_SHORT),
      },
    },
  ],

  UpdateVirtualBorderBandwidth: [
    {
      label: "cap at 300 Mbit/s",
      kinds: ["vbr"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, virtualBorderRouterId: r.id, bandwidth: 300 }),
      expect: {
        acmeProdVbr: cells(
          "Forbidden.OperationNotAllowedByUser#ModifyVbr",
          "InvalidStatus.NotAllowed#HostedBandwidth",
          VBR_NF,
          VBR_NF,
        ),
        globexLegacyVbr: cells("Forbidden.OperationNotAllowedByUser#ModifyVbr", "ok", VBR_NF, VBR_NF),
        acmeLegacyCappedVbr: cells("Forbidden.OperationNotAllowedByUser#ModifyVbr", "ok", VBR_NF, VBR_NF),
        globexAwaitingVbr: cells("Forbidden.OperationNotAllowedByUser#ModifyVbr", "ok", VBR_NF, VBR_NF),
        globexDisabledVbr: cells(
          "Forbidden.OperationNotAllowedByUser#ModifyVbr",
          "InvalidOperation.OperationNotAllowedInState#Disabled",
          VBR_NF,
          VBR_NF,
        ),
        ghostVbr: cells(VBR_NF, VBR_NF, VBR_NF, VBR_NF),
      },
    },
  ],

  ConfirmPhysicalConnection: [
    {
      label: "accept",
      kinds: ["port"],
      owner: "tenant",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id }),
      expect: {
        acmeProdPort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        globexOffer: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeBackupPort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeActivePort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmeUnpaidPort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmePartnerPaidPort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        acmePartnerOffer: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        globexTransformedPort: cells(
          "IncorrectStatus.PhysicalConnection#NotAllocated",
          "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly",
          NF_PORT_SHORT,
          NF_PORT_SHORT,
        ),
        ghostPort: cells(NF_PORT_SHORT, NF_PORT_SHORT, NF_PORT_SHORT, NF_PORT_SHORT),
      },
    },
  ],

  CreatePhysicalConnectionOccupancyOrder: [
    {
      label: "Buy Now, one month",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({
        regionId: r.region,
        physicalConnectionId: r.id,
        pricingCycle: "Month",
        period: 1,
        autoPay: true,
      }),
      expect: {
        acmeProdPort: cells(NO_PENDING_SPEC, TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexOffer: cells(
          "IncorrectStatus.PhysicalConnection#Invalid",
          TENANT_PAYS,
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        acmeBackupPort: cells(PARTNER_PAYS, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeActivePort: cells(NO_PENDING_SPEC, TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeUnpaidPort: cells("ok", TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
        // The partner pays for the 300M it requested for the rest of the paid period.
        acmePartnerPaidPort: cells(PARTNER_PAYS, "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        // The partner pays for this one, and may pay before the tenant accepts.
        acmePartnerOffer: cells(PARTNER_PAYS, "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexTransformedPort: cells(NO_PENDING_SPEC, TENANT_PAYS, NF_PORT_RECORDS, NF_PORT_RECORDS),
        ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
      },
    },
  ],

  TerminatePhysicalConnection: [
    {
      label: "disable",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id }),
      expect: {
        acmeProdPort: cells(
          "Forbidden.VBRExists",
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        globexOffer: cells(
          NOT_ACTIVE,
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        acmeBackupPort: cells(ALREADY_DISABLED, ALREADY_DISABLED, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeActivePort: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        acmeUnpaidPort: cells(
          NOT_ACTIVE,
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        // The partner pays for this one, so it may disable it too.
        acmePartnerPaidPort: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerOffer: cells(NOT_ACTIVE, NOT_ACTIVE, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexTransformedPort: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
      },
    },
  ],

  RecoverPhysicalConnection: [
    {
      label: "recover",
      kinds: ["port"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, instanceId: r.id }),
      expect: {
        acmeProdPort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        globexOffer: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        acmeBackupPort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "ok",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        acmeActivePort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        acmeUnpaidPort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        acmePartnerPaidPort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        acmePartnerOffer: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        globexTransformedPort: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
          "IncorrectStatus.PhysicalConnection#NotDisabled",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        ghostPort: cells("ResourceNotFound", "ResourceNotFound", "ResourceNotFound", "ResourceNotFound"),
      },
    },
  ],

  DeletePhysicalConnection: [
    {
      label: "delete",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id }),
      expect: {
        acmeProdPort: cells(
          "Forbidden.VBRExists",
          "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        // A partner may withdraw an offer nobody accepted yet.
        globexOffer: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeBackupPort: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeActivePort: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        acmeUnpaidPort: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        acmePartnerPaidPort: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerOffer: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexTransformedPort: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
          NF_PORT_RECORDS,
          NF_PORT_RECORDS,
        ),
        ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
      },
    },
  ],

  CreateVirtualBorderRouter: [
    {
      label: "create a VBR on the port's VLAN",
      kinds: ["port"],
      owner: "tenant",
      input: (r) => ({
        regionId: r.region,
        physicalConnectionId: r.id,
        vlanId: r.vlanId ?? 1000,
        localGatewayIp: "10.0.0.1",
        peerGatewayIp: "10.0.0.2",
        peeringSubnetMask: "255.255.255.252",
      }),
      expect: {
        acmeProdPort: cells(
          "QuotaExceeded.VPCONN#VbrPerVpconn",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        globexOffer: cells(
          "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        acmeBackupPort: cells(
          "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        acmeActivePort: cells("ok", TENANT_ONLY_VBR, NF_PORT_CREATE, NF_PORT_CREATE),
        acmeUnpaidPort: cells(
          "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        acmePartnerPaidPort: cells("ok", TENANT_ONLY_VBR, NF_PORT_CREATE, NF_PORT_CREATE),
        // Its VBR is the legacy one the partner attaches.
        acmePartnerOffer: cells(
          "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        // Its VBR is the legacy one the partner attaches on Confirm.
        globexTransformedPort: cells(
          "QuotaExceeded.VPCONN#AwaitingVbr",
          TENANT_ONLY_VBR,
          NF_PORT_CREATE,
          NF_PORT_CREATE,
        ),
        ghostPort: cells(NF_PORT_CREATE, NF_PORT_CREATE, NF_PORT_CREATE, NF_PORT_CREATE),
      },
    },
  ],

  ModifyVirtualBorderRouterAttribute: [
    {
      label: "rename (the VBR owner's field)",
      kinds: ["vbr"],
      owner: "tenant",
      input: (r) => ({ regionId: r.region, vbrId: r.id, name: "matrix-renamed" }),
      expect: {
        acmeProdVbr: cells(
          "ok",
          "Forbidden.NameNotAllowedByCaller",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexLegacyVbr: cells(
          "ok",
          "Forbidden.NameNotAllowedByCaller",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        acmeLegacyCappedVbr: cells(
          "ok",
          "Forbidden.NameNotAllowedByCaller",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexAwaitingVbr: cells(
          "ok",
          "Forbidden.NameNotAllowedByCaller",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexDisabledVbr: cells(
          "ok",
          "Forbidden.NameNotAllowedByCaller",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        ghostVbr: cells(
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
      },
    },
    {
      label: "set the CircuitCode (the circuit owner's field)",
      kinds: ["vbr"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, vbrId: r.id, circuitCode: "MATRIX-CC-1" }),
      expect: {
        acmeProdVbr: cells(
          "Forbidden.CircuitCodeNotAllowedByCaller",
          "ok",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexLegacyVbr: cells(
          "Forbidden.CircuitCodeNotAllowedByCaller",
          "ok",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        acmeLegacyCappedVbr: cells(
          "Forbidden.CircuitCodeNotAllowedByCaller",
          "ok",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexAwaitingVbr: cells(
          "Forbidden.CircuitCodeNotAllowedByCaller",
          "ok",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        globexDisabledVbr: cells(
          "Forbidden.CircuitCodeNotAllowedByCaller",
          "ok",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
        ghostVbr: cells(
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
          "InvalidVbrId.NotFound#Modify",
        ),
      },
    },
  ],

  TerminateVirtualBorderRouter: [
    {
      label: "disable",
      kinds: ["vbr"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, vbrId: r.id }),
      expect: {
        // On a tenant-paid shared port the partner does not act on the tenant's VBR.
        acmeProdVbr: cells(
          "Forbidden.OperationNotAllowedByUser#TerminateVbr",
          "Forbidden.OperationNotAllowedByUser#TerminateVbr",
          VBR_NF,
          VBR_NF,
        ),
        globexLegacyVbr: cells("Forbidden.OperationNotAllowedByUser#TerminateVbr", "ok", VBR_NF, VBR_NF),
        acmeLegacyCappedVbr: cells("Forbidden.OperationNotAllowedByUser#TerminateVbr", "ok", VBR_NF, VBR_NF),
        globexAwaitingVbr: cells("Forbidden.OperationNotAllowedByUser#TerminateVbr", "ok", VBR_NF, VBR_NF),
        globexDisabledVbr: cells(
          "Forbidden.OperationNotAllowedByUser#TerminateVbr",
          "InvalidOperation.OperationNotAllowedInState#AlreadyDisabled",
          VBR_NF,
          VBR_NF,
        ),
        ghostVbr: cells(VBR_NF, VBR_NF, VBR_NF, VBR_NF),
      },
    },
  ],

  RecoverVirtualBorderRouter: [
    {
      label: "recover",
      kinds: ["vbr"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, vbrId: r.id }),
      expect: {
        acmeProdVbr: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverVbr",
          "Forbidden.OperationNotAllowedByUser#RecoverVbr",
          VBR_NF,
          VBR_NF,
        ),
        globexLegacyVbr: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverVbr",
          "InvalidOperation.OperationNotAllowedInState#Recover",
          VBR_NF,
          VBR_NF,
        ),
        acmeLegacyCappedVbr: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverVbr",
          "InvalidOperation.OperationNotAllowedInState#Recover",
          VBR_NF,
          VBR_NF,
        ),
        globexAwaitingVbr: cells(
          "Forbidden.OperationNotAllowedByUser#RecoverVbr",
          "InvalidOperation.OperationNotAllowedInState#Recover",
          VBR_NF,
          VBR_NF,
        ),
        globexDisabledVbr: cells("Forbidden.OperationNotAllowedByUser#RecoverVbr", "ok", VBR_NF, VBR_NF),
        ghostVbr: cells(VBR_NF, VBR_NF, VBR_NF, VBR_NF),
      },
    },
  ],

  DeleteVirtualBorderRouter: [
    {
      label: "delete",
      kinds: ["vbr"],
      owner: "both",
      input: (r) => ({ regionId: r.region, vbrId: r.id }),
      expect: {
        acmeProdVbr: cells(
          "ok",
          "Forbidden.OperationNotAllowedByUser#DeleteVbr",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
        globexLegacyVbr: cells(
          "ok",
          "InvalidOperation.OperationNotAllowedInState#NotTerminated",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
        acmeLegacyCappedVbr: cells(
          "ok",
          "InvalidOperation.OperationNotAllowedInState#NotTerminated",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
        // A transformed port is waiting to adopt it.
        globexAwaitingVbr: cells(
          "InvalidStatus.NotAllowed#AwaitingConfirm",
          "InvalidOperation.OperationNotAllowedInState#NotTerminated",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
        globexDisabledVbr: cells(
          "ok",
          "ok",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
        ghostVbr: cells(
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
          "InvalidVbrId.NotFound#Records",
        ),
      },
    },
  ],

  PayOrder: [
    {
      label: "pay",
      kinds: ["order"],
      owner: "both",
      input: (r) => ({ orderId: r.id }),
      expect: {
        acmeUnpaidOrder: cells("ok", "ResourceNotFound", "ResourceNotFound", "ResourceNotFound"),
        acmePaidOrder: cells(
          "Forbidden.NotAllowedInState#OrderNotUnpaid",
          "ResourceNotFound",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        unicomPaidOrder: cells(
          "ResourceNotFound",
          "Forbidden.NotAllowedInState#OrderNotUnpaid",
          "ResourceNotFound",
          "ResourceNotFound",
        ),
        unicomUnpaidOrder: cells("ResourceNotFound", "ok", "ResourceNotFound", "ResourceNotFound"),
        ghostOrder: cells("ResourceNotFound", "ResourceNotFound", "ResourceNotFound", "ResourceNotFound"),
      },
    },
  ],

  // Only acmePartnerPaidPort has a requested bandwidth pending; either side may cancel it.
  CancelSpecChange: [
    {
      label: "cancel a requested bandwidth",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id }),
      expect: {
        acmeProdPort: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexOffer: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeBackupPort: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeActivePort: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeUnpaidPort: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerPaidPort: cells("ok", "ok", NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerOffer: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexTransformedPort: cells(NO_PENDING_SPEC, NO_PENDING_SPEC, NF_PORT_RECORDS, NF_PORT_RECORDS),
        ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
      },
    },
  ],

  // Only the payer renews a paid port, or switches its auto-renewal (checkRenew).
  RenewHostedConnection: [
    {
      label: "renew for a month",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({
        regionId: r.region,
        physicalConnectionId: r.id,
        pricingCycle: "Month",
        period: 1,
        expectedSpec: PORT_SPECS[r.name] ?? "1G",
        expectedAmountCents: 100_000_000,
      }),
      expect: payerRenewalCells,
    },
  ],

  SetHostedConnectionAutoRenew: [
    {
      label: "switch auto-renewal on",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id, autoRenew: true }),
      expect: payerRenewalCells,
    },
  ],

  ApplyPrivilege: [
    {
      label: "apply for ec/can_buy_1G_vpconn",
      kinds: ["account"],
      owner: "partner",
      input: () => ({ quotaId: PRIVILEGE_QUOTA_ID, value: "valid", reason: "Authorization matrix" }),
      // Every partner applies for itself; Equinix succeeding changes Equinix's own privilege only.
      expect: { ownAccount: cells("Forbidden#PartnerOnly", "ok", "Forbidden#PartnerOnly", "ok") },
    },
  ],

  ListOrders: [
    {
      label: "all orders",
      kinds: ["order"],
      owner: "both",
      input: () => ({ pageSize: 50 }),
      expect: orderReadCells,
    },
    {
      label: "filtered by the order's shared port",
      kinds: ["order"],
      owner: "both",
      input: (r) => ({ pageSize: 50, hostedConnectionIds: [r.portId ?? r.id] }),
      expect: orderReadCells,
    },
  ],

  // Only the two pending offers can be declined, by their tenant; the partner withdraws with Delete.
  DeclinePhysicalConnection: [
    {
      label: "decline an offer",
      kinds: ["port"],
      owner: "tenant",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id, reason: "Authorization matrix" }),
      expect: {
        acmeProdPort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexOffer: cells("ok", DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeBackupPort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeActivePort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmeUnpaidPort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerPaidPort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        acmePartnerOffer: cells("ok", DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        globexTransformedPort: cells(NOT_PENDING, DECLINE_PARTNER, NF_PORT_RECORDS, NF_PORT_RECORDS),
        ghostPort: cells(NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS, NF_PORT_RECORDS),
      },
    },
  ],

  // Every account reads and marks its own notification centre only; none names another's.
  ListNotifications: [
    {
      label: "the notification centre",
      kinds: ["notification"],
      owner: "both",
      input: () => ({ pageSize: 50 }),
      expect: {
        acmeNotification: seenByTenant,
        unicomNotification: seenByPartner,
        ghostNotification: seenByNobody,
      },
    },
  ],

  MarkNotificationsRead: [
    {
      label: "mark one read",
      kinds: ["notification"],
      owner: "both",
      input: (r) => ({ ids: [Number(r.id)] }),
      expect: {
        acmeNotification: cells("ok", NF, NF, NF),
        unicomNotification: cells(NF, "ok", NF, NF),
        ghostNotification: cells(NF, NF, NF, NF),
      },
    },
    {
      label: "mark all read",
      kinds: ["account"],
      owner: "everyone",
      input: () => ({ all: true }),
      expect: { ownAccount: cells("ok", "ok", "ok", "ok") },
    },
  ],

  DescribePrivileges: [
    {
      label: "the Quota Center page",
      kinds: ["privilege"],
      owner: "partner",
      input: () => ({}),
      expect: { unicomPrivilege: seenByPartner, equinixPrivilege: seenByPartner },
    },
  ],

  CreateAlertRule: [
    {
      label: "create a rule",
      kinds: ["port", "vbr", "circuit"],
      owner: "both",
      input: (r) => {
        const kind = RESOURCES[r.name].kind as keyof typeof ALERT_RESOURCE_TYPE_OF;
        return {
          resourceType: ALERT_RESOURCE_TYPE_OF[kind],
          resourceId: r.id,
          metric: kind === "vbr" ? "RateInFromIDCToVpc" : "RateInFromIDC",
          ...ALERT_RULE_FIELDS,
        };
      },
      expect: alertCreateCells,
    },
  ],

  ModifyAlertRule: [
    {
      label: "modify the rule",
      kinds: ["alertRule"],
      owner: "both",
      input: (r) => ({ alertRuleId: r.id, metric: "RateOutToIDC", ...ALERT_RULE_FIELDS }),
      expect: alertRuleWriteCells,
    },
  ],

  SetAlertRuleEnabled: [
    {
      label: "disable the rule",
      kinds: ["alertRule"],
      owner: "both",
      input: (r) => ({ alertRuleId: r.id, enabled: false }),
      expect: alertRuleWriteCells,
    },
  ],

  DeleteAlertRule: [
    {
      label: "delete the rule",
      kinds: ["alertRule"],
      owner: "both",
      input: (r) => ({ alertRuleId: r.id }),
      expect: alertRuleWriteCells,
    },
  ],

  // The rules on the resource a rule watches: the other side of that resource may read its own (none).
  DescribeAlerts: [
    {
      label: "the Alerts tab of the rule's resource",
      kinds: ["alertRule"],
      owner: "both",
      input: (r) => ({ ...(r.watched ?? { resourceType: "hostedConnection", resourceId: r.id }) }),
      expect: {
        acmePortRule: cells("ok", "empty", NF, NF),
        unicomCircuitRule: cells(NF, "ok", NF, NF),
        ghostRule: cells(NF, NF, NF, NF),
      },
    },
  ],

  CreateAccessKey: [
    {
      label: "create a key",
      kinds: ["account"],
      owner: "everyone",
      input: () => ({}),
      // Every account makes a key for itself; nobody names whose.
      expect: { ownAccount: cells("ok", "ok", "ok", "ok") },
    },
  ],

  UpdateAccessKey: [
    {
      label: "disable the key",
      kinds: ["accessKey"],
      owner: "both",
      input: (r) => ({ accessKeyId: r.id, status: "Inactive" }),
      expect: accessKeyWriteCells,
    },
  ],

  DeleteAccessKey: [
    {
      label: "delete the key",
      kinds: ["accessKey"],
      owner: "both",
      input: (r) => ({ accessKeyId: r.id }),
      expect: accessKeyWriteCells,
    },
  ],

  DescribeTrafficChart: [
    {
      label: "the Monitoring tab, last hour",
      kinds: ["port", "vbr", "circuit"],
      owner: "both",
      input: (r) => ({ instanceId: r.id, range: "1h" }),
      expect: chartCells,
    },
  ],

  DescribePortTraffic: [
    {
      label: "utilisation and the month's outbound transfer",
      kinds: ["port"],
      owner: "both",
      input: (r) => ({ hostedConnectionIds: [r.id] }),
      expect: portReadCells(true),
    },
  ],

  ListOutboundTransferBills: [
    {
      label: "the Orders page's outbound data transfer bills",
      kinds: ["outboundBill"],
      owner: "tenant",
      input: () => ({ pageSize: 50 }),
      expect: { acmeOutboundBill: seenByTenant, ghostOutboundBill: seenByNobody },
    },
  ],

  ModifyOutboundTransferBilling: [
    {
      label: "enable outbound data transfer billing",
      kinds: ["account"],
      owner: "everyone",
      input: () => ({ enabled: true }),
      // Every account switches its own; nobody names whose.
      expect: { ownAccount: cells("ok", "ok", "ok", "ok") },
    },
  ],

  ListAccessKeys: [
    {
      label: "the AccessKey page",
      kinds: ["accessKey"],
      owner: "both",
      input: () => ({}),
      expect: {
        acmeKey: seenByTenant,
        globexKey: seenByTenant,
        unicomKey: seenByPartner,
        acmeRamKey: seenByNobody,
        ghostKey: seenByNobody,
      },
    },
  ],
  ListResourceGroups: [
    {
      label: "the Resource Management page",
      kinds: ["resourceGroup"],
      owner: "both",
      input: () => ({}),
      expect: {
        acmeGroup: seenByTenant,
        unicomGroup: seenByPartner,
        unicomSpareGroup: seenByPartner,
        ghostGroup: seenByNobody,
      },
    },
  ],

  CreateResourceGroup: [
    {
      label: "a group named matrix-new",
      kinds: ["account"],
      owner: "everyone",
      input: () => ({ name: "matrix-new" }),
      expect: { ownAccount: cells("ok", "ok", "ok", "ok") },
    },
  ],

  UpdateResourceGroup: [
    {
      label: "rename it matrix-renamed",
      kinds: ["resourceGroup"],
      owner: "both",
      input: (r) => ({ resourceGroupId: r.id, name: "matrix-renamed" }),
      expect: {
        acmeGroup: cells("ok", NF_GROUP, NF_GROUP, NF_GROUP),
        unicomGroup: cells(NF_GROUP, "ok", NF_GROUP, NF_GROUP),
        unicomSpareGroup: cells(NF_GROUP, "ok", NF_GROUP, NF_GROUP),
        ghostGroup: cells(NF_GROUP, NF_GROUP, NF_GROUP, NF_GROUP),
      },
    },
  ],

  DeleteResourceGroup: [
    {
      label: "delete it",
      kinds: ["resourceGroup"],
      owner: "partner",
      input: (r) => ({ resourceGroupId: r.id }),
      expect: {
        acmeGroup: cells("DeleteConflict.ResourceGroup.Default", NF_GROUP, NF_GROUP, NF_GROUP),
        unicomGroup: cells(NF_GROUP, "DeleteConflict.ResourceGroup.Default", NF_GROUP, NF_GROUP),
        unicomSpareGroup: cells(NF_GROUP, "ok", NF_GROUP, NF_GROUP),
        ghostGroup: cells(NF_GROUP, NF_GROUP, NF_GROUP, NF_GROUP),
      },
    },
  ],

  TagResources: [
    {
      label: "tag the resource Matrix=Cell",
      kinds: ["port", "vbr"],
      owner: "both",
      input: (r) => ({
        regionId: r.region,
        resourceType: tagTypeOf(r),
        resourceIds: [r.id],
        tags: [{ key: "Matrix", value: "Cell" }],
      }),
      expect: tagWriteCells,
    },
  ],

  UnTagResources: [
    {
      label: "remove the fixture's Matrix tag",
      kinds: ["port", "vbr"],
      owner: "both",
      input: (r) => ({
        regionId: r.region,
        resourceType: tagTypeOf(r),
        resourceIds: [r.id],
        tagKeys: ["Matrix"],
      }),
      expect: tagWriteCells,
    },
  ],

  ListTagResources: [
    {
      label: "the resource's tags, by its ID",
      kinds: ["port", "vbr"],
      owner: "both",
      input: (r) => ({ regionId: r.region, resourceType: tagTypeOf(r), resourceIds: [r.id] }),
      expect: { ...portReadCells(true), ...vbrReadCells(true) },
    },
  ],

  MoveResourceGroup: [
    {
      label: "into China Unicom's default resource group",
      kinds: ["port"],
      owner: "partner",
      input: (r) => ({
        regionId: r.region,
        resourceId: r.id,
        resourceType: "PhysicalConnection",
        newResourceGroupId: UNICOM_DEFAULT_GROUP,
      }),
      expect: portLabelCells(NF_RESOURCE),
    },
  ],

  DescribeAccessPoints: [
    {
      label: "the region's access points",
      kinds: ["region"],
      owner: "everyone",
      input: (r) => ({ regionId: r.region, pageSize: 50 }),
      expect: {
        regionHangzhou: cells("ok", "ok", "ok", "ok"),
        regionBeijing: cells("ok", "ok", "ok", "ok"),
        regionVirginia: cells("ok", "ok", "ok", "ok"),
      },
    },
  ],

  ModifyPhysicalConnectionAttribute: [
    {
      label: "rename it matrix-renamed",
      kinds: ["circuit", "port"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id, name: "matrix-renamed" }),
      expect: {
        unicomHz01: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        unicomHz02: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        unicomBj01: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        equinixDc11a: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        equinixDc11b: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        ghostCircuit: cells(NF_PORT_CREATE, NF_PORT_CREATE, NF_PORT_CREATE, NF_PORT_CREATE),
        ...portLabelCells(NF_PORT_CREATE),
      },
    },
  ],

  DescribeVirtualBorderRoutersForPhysicalConnection: [
    {
      label: "the VBRs of the shared port or circuit under the VBR",
      kinds: ["vbr"],
      owner: "both",
      input: (r) => ({ regionId: r.region, physicalConnectionId: VBR_HOMES[r.name as VbrName] }),
      expect: {
        // On a shared port: both its parties see the VBR.
        acmeProdVbr: cells("ok", "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        // Legacy VBRs sit on the partner's circuit, which only the partner may name.
        globexLegacyVbr: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        acmeLegacyCappedVbr: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        globexAwaitingVbr: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        globexDisabledVbr: cells(NF_PORT_CREATE, "ok", NF_PORT_CREATE, NF_PORT_CREATE),
        ghostVbr: cells(NF_PORT_CREATE, "empty", NF_PORT_CREATE, NF_PORT_CREATE),
      },
    },
  ],

  // The planning tools act on the partner's own circuits only; a tenant is told no such circuit exists.
  DescribeCircuitPlan: [
    {
      label: "the circuit's capacity and VLAN plan",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id }),
      expect: circuitPlanningCells("ok"),
    },
  ],

  DescribeVlanAvailability: [
    {
      label: "is VLAN 1600 free for the tenant",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({
        regionId: r.region,
        physicalConnectionId: r.id,
        vlanId: 1600,
        vpconnAliUid: r.tenantUid,
      }),
      expect: circuitPlanningCells("ok"),
    },
  ],

  CreateVlanReservation: [
    {
      label: "reserve VLANs 2500-2509 for the partner's own use",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id, fromVlanId: 2500, toVlanId: 2509 }),
      expect: circuitPlanningCells("ok"),
    },
  ],

  // The fixtures keep VLANs 2900-2909 on every circuit for its partner's own use.
  DeleteVlanReservation: [
    {
      label: "give back the reservation of VLANs 2900-2909",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({ regionId: r.region, physicalConnectionId: r.id, fromVlanId: 2900 }),
      expect: circuitPlanningCells("ok"),
    },
  ],

  // One CSV row on the circuit: a partner's refused row refuses the whole upload.
  BulkCreateVirtualPhysicalConnections: [
    {
      label: "offer a 100M shared port on VLAN 1600 from a CSV",
      kinds: ["circuit"],
      owner: "partner",
      input: (r) => ({
        regionId: r.region,
        csv: `accountId,circuit,vlan,spec\n${r.tenantUid},${r.id},1600,100M\n`,
        dryRun: false,
      }),
      expect: {
        unicomHz01: cells(NOT_PARTNER, "ok", NOT_PARTNER, BULK_REFUSED),
        unicomHz02: cells(NOT_PARTNER, "ok", NOT_PARTNER, BULK_REFUSED),
        unicomBj01: cells(NOT_PARTNER, "ok", NOT_PARTNER, BULK_REFUSED),
        // Equinix's privilege has expired: its row is refused.
        equinixDc11a: cells(NOT_PARTNER, BULK_REFUSED, NOT_PARTNER, BULK_REFUSED),
        equinixDc11b: cells(NOT_PARTNER, BULK_REFUSED, NOT_PARTNER, BULK_REFUSED),
        ghostCircuit: cells(NOT_PARTNER, BULK_REFUSED, NOT_PARTNER, BULK_REFUSED),
      },
    },
  ],
} satisfies Partial<Record<Action, readonly Row[]>>;

// ---- Fixtures ------------------------------------------------------------------------------------

export type MatrixDb = {
  db: Db;
  resources: Record<ResourceName, Resolved>;
  keys: Record<Who, DemoAccessKey>;
};

const ctx = (db: Db, who: Who, now = NOW) => contextFor(db, DEMO_ACCOUNTS[who].uid, now);

/** A VBR directly on a circuit, from before shared ports: no operation makes one, so it is inserted. */
function insertLegacyVbr(
  db: Db,
  id: string,
  owner: Who,
  circuitId: string,
  vlanId: number,
  bandwidthMbps: number,
): void {
  const allocation = db
    .insert(vlanAllocations)
    .values({ circuitId, vlanId })
    .returning({ id: vlanAllocations.id })
    .get();
  db.insert(vbrs)
    .values({
      id,
      ownerUid: DEMO_ACCOUNTS[owner].uid,
      circuitId,
      vlanAllocationId: allocation.id,
      name: `matrix-${owner}-legacy`,
      status: "active",
      bandwidthMbps,
      localGatewayIp: "192.168.20.1",
      peerGatewayIp: "192.168.20.2",
      peeringSubnetMask: "255.255.255.252",
      routeTableId: `vtb-${id.slice(4)}`,
      vlanInterfaceId: `ri-${id.slice(4)}`,
      createdAt: new Date(NOW.getTime() - 86_400_000),
      activatedAt: new Date(NOW.getTime() - 86_400_000),
    })
    .run();
}

async function offer(db: Db, tenant: Who, vlanId: number, spec: string, orderMode?: string): Promise<string> {
  return (
    await runOperation(createVirtualPhysicalConnection, ctx(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      vpconnAliUid: DEMO_ACCOUNTS[tenant].uid,
      vlanId,
      spec,
      ...(orderMode ? { orderMode } : {}),
    })
  ).virtualPhysicalConnection;
}

async function accept(db: Db, who: Who, id: string): Promise<void> {
  await runOperation(confirmPhysicalConnection, ctx(db, who), { regionId: HZ, physicalConnectionId: id });
}

async function order(db: Db, who: Who, id: string, autoPay: boolean): Promise<string> {
  return (
    await runOperation(createPhysicalConnectionOccupancyOrder, ctx(db, who), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay,
    })
  ).orderId;
}

const LEGACY = {
  acmeCapped: "vbr-bp1matrixacmecap00001",
  globexAwaiting: "vbr-bp1matrixglbxwait0001",
  globexDisabled: "vbr-bp1matrixglbxoff00001",
} as const;

/**
 * The demo set at NOW plus the resources the matrix needs in particular states, each AccessKey, and
 * everything settled at CELL_NOW (so a cell's own settling never shows up as its change).
 */
export async function buildMatrixDb(): Promise<MatrixDb> {
  const db = openDb(":memory:");
  seedDemo(db, NOW);

  const acmeActivePort = await offer(db, "acme", 1000, "500M");
  await accept(db, "acme", acmeActivePort);
  const acmePaidOrder = await order(db, "acme", acmeActivePort, true);

  const acmeUnpaidPort = await offer(db, "acme", 1001, "100M");
  await accept(db, "acme", acmeUnpaidPort);
  const acmeUnpaidOrder = await order(db, "acme", acmeUnpaidPort, false);

  const acmePartnerPaidPort = await offer(db, "acme", 1002, "200M", "PayByPhysicalConnectionOwner");
  const unicomPaidOrder = await order(db, "unicom", acmePartnerPaidPort, true);
  await accept(db, "acme", acmePartnerPaidPort);
  await runOperation(updateVirtualPhysicalConnection, ctx(db, "unicom"), {
    regionId: HZ,
    instanceId: acmePartnerPaidPort,
    vlanId: 1002,
    expectSpec: "300M",
  });

  const acmePartnerOffer = await offer(db, "acme", 1003, "300M", "PayByPhysicalConnectionOwner");
  const unicomUnpaidOrder = await order(db, "unicom", acmePartnerOffer, false);

  insertLegacyVbr(db, LEGACY.globexAwaiting, "globex", DEMO_CIRCUITS.unicomHz02, 1500, 150);
  const globexTransformedPort = (
    await runOperation(createVpconnFromVbr, ctx(db, "unicom"), {
      regionId: HZ,
      vbrId: LEGACY.globexAwaiting,
    })
  ).virtualPhysicalConnection;
  await accept(db, "globex", globexTransformedPort);
  await order(db, "globex", globexTransformedPort, true);

  insertLegacyVbr(db, LEGACY.acmeCapped, "acme", DEMO_CIRCUITS.unicomHz02, 1501, 100);
  insertLegacyVbr(db, LEGACY.globexDisabled, "globex", DEMO_CIRCUITS.unicomHz01, 1502, 200);
  await runOperation(terminateVirtualBorderRouter, ctx(db, "unicom"), {
    regionId: HZ,
    vbrId: LEGACY.globexDisabled,
  });

  for (const [who, circuit, region] of [
    ["unicom", DEMO_CIRCUITS.unicomHz01, HZ],
    ["unicom", DEMO_CIRCUITS.unicomHz02, HZ],
    ["unicom", DEMO_CIRCUITS.unicomBj01, "cn-beijing"],
    ["equinix", DEMO_CIRCUITS.equinixDc11a, "us-east-1"],
    ["equinix", DEMO_CIRCUITS.equinixDc11b, "us-east-1"],
  ] as const) {
    await runOperation(createVlanReservation, ctx(db, who), {
      regionId: region,
      physicalConnectionId: circuit,
      fromVlanId: 2900,
      toVlanId: 2909,
    });
  }
  const acmeOutboundBill = "otb-matrixacmeprod0001";
  await withTransaction(db, "write", (tx) =>
    tx.insert(outboundTransferBills).values({
      id: acmeOutboundBill,
      hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
      payerUid: DEMO_ACCOUNTS.acme.uid,
      month: "2026-10",
      bytesOut: 3_000_000_000,
      centsPerGb: 50,
      amountCents: 150,
      currency: "CNY",
      createdAt: NOW,
    }),
  );
  // Large IDs, so a foreign caller's answer cannot contain one by chance.
  const insertNotification = db.$client.prepare(
    "insert into notifications (id, account_uid, kind, created_at) values (?, ?, 'offerReceived', ?)",
  );
  insertNotification.run(900000001, DEMO_ACCOUNTS.acme.uid, NOW.getTime());
  insertNotification.run(900000002, DEMO_ACCOUNTS.unicom.uid, NOW.getTime());

  const demoKeys = await ensureDemoAccessKeys(db, NOW);
  const keyOf = (who: Who): DemoAccessKey => {
    const key = demoKeys.find((k) => k.accountUid === DEMO_ACCOUNTS[who].uid);
    if (!key) throw new Error(`no demo AccessKey for ${who}`);
    return key;
  };
  // Settles the terminating VBR for good, outside any cell.
  await runOperation(describeRegions, ctx(db, "unicom", CELL_NOW), {});

  const vlanOf = (portId: string) =>
    (
      db.$client
        .prepare(
          "select va.vlan_id as v from hosted_connections hc join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.id = ?",
        )
        .get(portId) as { v: number } | undefined
    )?.v;

  const alertRule = async (who: Who, watched: NonNullable<Resolved["watched"]>) =>
    (
      await runOperation(createAlertRule, ctx(db, who), {
        ...watched,
        metric: "RateInFromIDC",
        ...ALERT_RULE_FIELDS,
      })
    ).alertRuleId;
  const acmeWatched = {
    resourceType: "hostedConnection",
    resourceId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
  } as const;
  const unicomWatched = { resourceType: "circuit", resourceId: DEMO_CIRCUITS.unicomHz01 } as const;
  const ghostWatched = {
    resourceType: "hostedConnection",
    resourceId: "pc-bp1ghostport00000000000",
  } as const;

  const ids: Record<
    ResourceName,
    { id: string; portId?: string; sourceVbrId?: string; watched?: Resolved["watched"] }
  > = {
    regionHangzhou: { id: "cn-hangzhou" },
    regionBeijing: { id: "cn-beijing" },
    regionVirginia: { id: "us-east-1" },
    unicomHz01: { id: DEMO_CIRCUITS.unicomHz01 },
    unicomHz02: { id: DEMO_CIRCUITS.unicomHz02 },
    unicomBj01: { id: DEMO_CIRCUITS.unicomBj01 },
    equinixDc11a: { id: DEMO_CIRCUITS.equinixDc11a },
    equinixDc11b: { id: DEMO_CIRCUITS.equinixDc11b },
    ghostCircuit: { id: "pc-bp1ghostcircuit0000000" },
    acmeProdPort: { id: DEMO_HOSTED_CONNECTIONS.acmeHzProd },
    globexOffer: { id: DEMO_HOSTED_CONNECTIONS.globexOffer },
    acmeBackupPort: { id: DEMO_HOSTED_CONNECTIONS.acmeHzBackup },
    acmeActivePort: { id: acmeActivePort },
    acmeUnpaidPort: { id: acmeUnpaidPort },
    acmePartnerPaidPort: { id: acmePartnerPaidPort },
    acmePartnerOffer: { id: acmePartnerOffer },
    globexTransformedPort: { id: globexTransformedPort, sourceVbrId: LEGACY.globexAwaiting },
    ghostPort: { id: "pc-bp1ghostport00000000000" },
    acmeProdVbr: { id: DEMO_VBRS.acmeVbrProd },
    globexLegacyVbr: { id: DEMO_VBRS.globexLegacy },
    acmeLegacyCappedVbr: { id: LEGACY.acmeCapped },
    globexAwaitingVbr: { id: LEGACY.globexAwaiting },
    globexDisabledVbr: { id: LEGACY.globexDisabled },
    ghostVbr: { id: "vbr-bp1ghostvbr0000000000" },
    acmeUnpaidOrder: { id: acmeUnpaidOrder, portId: acmeUnpaidPort },
    acmePaidOrder: { id: acmePaidOrder, portId: acmeActivePort },
    unicomPaidOrder: { id: unicomPaidOrder, portId: acmePartnerPaidPort },
    unicomUnpaidOrder: { id: unicomUnpaidOrder, portId: acmePartnerOffer },
    ghostOrder: { id: "299999999999999", portId: "pc-bp1ghostport00000000000" },
    unicomPrivilege: { id: "app-demounicom000001" },
    equinixPrivilege: { id: "app-demoequinix00001" },
    acmeKey: { id: keyOf("acme").accessKeyId },
    globexKey: { id: keyOf("globex").accessKeyId },
    unicomKey: { id: keyOf("unicom").accessKeyId },
    acmeRamKey: { id: keyOf("acmeRam").accessKeyId },
    ghostKey: { id: "LTAI5tGhostKey000000000000" },
    acmeOutboundBill: { id: acmeOutboundBill },
    ghostOutboundBill: { id: "otb-ghostbill000000000" },
    acmeNotification: { id: "900000001" },
    unicomNotification: { id: "900000002" },
    ghostNotification: { id: "900000099" },
    ownAccount: { id: "ec/can_buy_1G_vpconn" },
    acmePortRule: { id: await alertRule("acme", acmeWatched), watched: acmeWatched },
    unicomCircuitRule: { id: await alertRule("unicom", unicomWatched), watched: unicomWatched },
    ghostRule: { id: "alert-ghostrule000000000", watched: ghostWatched },
    acmeGroup: { id: "rg-demo0000000003" },
    unicomGroup: { id: UNICOM_DEFAULT_GROUP },
    unicomSpareGroup: { id: SPARE_GROUP },
    ghostGroup: { id: "rg-ghostgroup00000" },
  };
  const resources = Object.fromEntries(
    (Object.keys(RESOURCES) as ResourceName[]).map((name) => {
      const def: ResourceDef = RESOURCES[name];
      const entry = ids[name];
      const vlanId = def.kind === "port" ? vlanOf(entry.id) : undefined;
      const resolved: Resolved = {
        name,
        ...entry,
        region: def.region,
        tenantUid: DEMO_ACCOUNTS[def.parties.tenant].uid,
        ...(vlanId === undefined ? {} : { vlanId }),
      };
      return [name, resolved];
    }),
  ) as Record<ResourceName, Resolved>;

  db.insert(resourceGroups)
    .values({ id: SPARE_GROUP, accountUid: DEMO_ACCOUNTS.unicom.uid, name: "matrix spare", createdAt: NOW })
    .run();

  // One tag on every port and VBR, so ListTagResources has something to list and UnTagResources to remove.
  db.insert(tags)
    .values(
      Object.values(resources)
        .filter((r) => {
          const def: ResourceDef = RESOURCES[r.name];
          return !def.ghost && (def.kind === "port" || def.kind === "vbr");
        })
        .map((r) => ({
          resourceType: RESOURCES[r.name].kind === "vbr" ? ("vbr" as const) : ("hosted_connection" as const),
          resourceId: r.id,
          key: "Matrix",
          value: "Fixture",
        })),
    )
    .run();

  const keys = Object.fromEntries(
    (Object.keys(DEMO_ACCOUNTS) as Who[]).map((who) => [who, keyOf(who)]),
  ) as Record<Who, DemoAccessKey>;
  return { db, resources, keys };
}
