// The store, SQLite's tables. Edit this file and its PostgreSQL twin db/schema-pg.ts together
// (db/schema-equivalence.test.ts fails when they differ), name a new table in db/schema.ts (which hands
// the app the served dialect's tables), then run `npm run db:generate` to write both migrations; the
// app applies migrations when it opens the database. Enum values come from lib/domain so the API's wire values
// have one source.
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  ACCOUNT_TYPES,
  BUSINESS_STATUSES,
  LINE_OPERATORS,
  LOA_STATUSES,
  ORDER_MODES,
  PHYSICAL_CONNECTION_STATUSES,
  RAM_POLICIES,
  SITES,
  SPECS,
  VBR_STATUSES,
  VPCONN_STATUSES,
} from "../lib/domain/enums";
import type { RefundComputation } from "../lib/domain/billing";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const regions = sqliteTable("regions", {
  id: text("id").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
  // Alibaba IDs carry a region flavour (pc-bp1… in cn-hangzhou); we mimic it.
  idPrefix: text("id_prefix").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const accessPoints = sqliteTable("access_points", {
  id: text("id").primaryKey(),
  regionId: text("region_id")
    .notNull()
    .references(() => regions.id),
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
});

export const accounts = sqliteTable(
  "accounts",
  {
    uid: text("uid").primaryKey(),
    name: text("name").notNull(),
    site: text("site", { enum: SITES }).notNull(),
    type: text("type", { enum: ACCOUNT_TYPES }).notNull().default("primary"),
    parentUid: text("parent_uid").references((): AnySQLiteColumn => accounts.uid),
    isPartner: integer("is_partner", { mode: "boolean" }).notNull().default(false),
    // The 2G/5G/8G/10G allowlist an account manager grants to a partner.
    highSpecAllowed: integer("high_spec_allowed", { mode: "boolean" }).notNull().default(false),
    // Window of the ec/can_buy_1G_vpconn privilege; the latest granted application sets it.
    privilegeValidFrom: integer("privilege_valid_from", { mode: "timestamp_ms" }),
    privilegeValidUntil: integer("privilege_valid_until", { mode: "timestamp_ms" }),
    // Outbound data-transfer billing, a precondition of converting a tenant's VBR.
    trafficBillingEnabled: integer("traffic_billing_enabled", { mode: "boolean" }).notNull().default(true),
        // A RAM user's Express Connect policy (lib/domain/ram-policy.ts); null on a primary account.
    ramPolicy: text("ram_policy", { enum: RAM_POLICIES }),
    // Set by the operator: the account can neither log on nor call anything.
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("accounts_parent_idx").on(t.parentUid)],
);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    // Null for a platform operator, who belongs to no account.
    accountUid: text("account_uid").references(() => accounts.uid),
    displayName: text("display_name").notNull(),
    operator: integer("operator", { mode: "boolean" }).notNull().default(false),
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    // An invitation's one-time link carries the token; only its SHA-256 is kept.
    inviteTokenHash: text("invite_token_hash"),
    inviteExpiresAt: integer("invite_expires_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email)],
);

export const resourceGroups = sqliteTable(
  "resource_groups",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    name: text("name").notNull(),
    isDefault: integer("is_default", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("resource_groups_account_idx").on(t.accountUid),
    uniqueIndex("resource_groups_one_default_uq").on(t.accountUid).where(sql`${t.isDefault} = 1`),
  ],
);

/** A partner's dedicated Express Connect circuit (ProductType PhysicalConnection). */
export const circuits = sqliteTable(
  "circuits",
  {
    id: text("id").primaryKey(),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    regionId: text("region_id")
      .notNull()
      .references(() => regions.id),
    accessPointId: text("access_point_id")
      .notNull()
      .references(() => accessPoints.id),
    name: text("name").notNull(),
    description: text("description"),
    capacityMbps: integer("capacity_mbps").notNull(),
    status: text("status", { enum: PHYSICAL_CONNECTION_STATUSES }).notNull(),
    lineOperator: text("line_operator", { enum: LINE_OPERATORS }).notNull(),
    portType: text("port_type").notNull(),
    circuitCode: text("circuit_code"),
    peerLocation: text("peer_location"),
    // VPCONN_COUNT_PER_PCONN: the count quota of shared ports on this circuit.
    vpconnQuota: integer("vpconn_quota").notNull().default(500),
    // The circuit this one backs up (the real console's redundant physical connection).
    redundantCircuitId: text("redundant_circuit_id"),
    createdAt: createdAt(),
    enabledAt: integer("enabled_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("circuits_owner_region_idx").on(t.ownerUid, t.regionId)],
);

/**
 * One VLAN in use on one circuit. Shared ports and VBRs point here instead of carrying their own
 * VLAN, so the unique index makes a VLAN unique among everything live on the circuit; a VBR built
 * on a shared port shares the port's row.
 */
export const vlanAllocations = sqliteTable(
  "vlan_allocations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    circuitId: text("circuit_id")
      .notNull()
      .references(() => circuits.id),
    vlanId: integer("vlan_id").notNull(),
  },
  (t) => [uniqueIndex("vlan_allocations_circuit_vlan_uq").on(t.circuitId, t.vlanId)],
);

/**
 * A range of VLANs a partner keeps on its circuit for one tenant's shared ports, or for its own use
 * (tenant_uid null): the create and modify operations refuse anyone else a VLAN inside it.
 */
export const vlanReservations = sqliteTable(
  "vlan_reservations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    circuitId: text("circuit_id")
      .notNull()
      .references(() => circuits.id),
    fromVlan: integer("from_vlan").notNull(),
    toVlan: integer("to_vlan").notNull(),
    tenantUid: text("tenant_uid").references(() => accounts.uid),
    createdAt: createdAt(),
  },
  (t) => [index("vlan_reservations_circuit_idx").on(t.circuitId, t.fromVlan)],
);

/** A hosted connection, shown as a shared port (ProductType VirtualPhysicalConnection). */
export const hostedConnections = sqliteTable(
  "hosted_connections",
  {
    id: text("id").primaryKey(),
    circuitId: text("circuit_id")
      .notNull()
      .references(() => circuits.id),
    tenantUid: text("tenant_uid")
      .notNull()
      .references(() => accounts.uid),
    // Null once deleted: the VLAN is free again, the row stays for orders, refunds and audit.
    vlanAllocationId: integer("vlan_allocation_id").references(() => vlanAllocations.id),
    spec: text("spec", { enum: SPECS }).notNull(),
    expectSpec: text("expect_spec", { enum: SPECS }),
    orderMode: text("order_mode", { enum: ORDER_MODES }).notNull(),
    status: text("status", { enum: PHYSICAL_CONNECTION_STATUSES }).notNull(),
    vpconnStatus: text("vpconn_status", { enum: VPCONN_STATUSES }).notNull(),
    businessStatus: text("business_status", { enum: BUSINESS_STATUSES }).notNull().default("Normal"),
    loaStatus: text("loa_status", { enum: LOA_STATUSES }),
    paid: integer("paid", { mode: "boolean" }).notNull().default(false),
    name: text("name"),
    description: text("description"),
    resourceGroupId: text("resource_group_id").references(() => resourceGroups.id),
    // Set when made by Transform to Shared Port: the tenant's legacy VBR it will adopt.
    sourceVbrId: text("source_vbr_id"),
    createdByUid: text("created_by_uid")
      .notNull()
      .references(() => accounts.uid),
    createdAt: createdAt(),
    enabledAt: integer("enabled_at", { mode: "timestamp_ms" }),
    endTime: integer("end_time", { mode: "timestamp_ms" }),
    // The payer's choice: renew for the last term bought when the period ends (lib/server/subscriptions).
    autoRenew: integer("auto_renew", { mode: "boolean" }).notNull().default(false),
    // The latest expiry notice sent for the current period (EXPIRY_NOTICES); a renewal clears it.
    expiryNotice: text("expiry_notice"),
    // When an intermediate status (Terminating) was entered; it settles after a configured delay.
    statusChangedAt: integer("status_changed_at", { mode: "timestamp_ms" }),
    // An offer nobody accepted by then lapses (lib/server/offers/lapse-offers.ts).
    offerExpiresAt: integer("offer_expires_at", { mode: "timestamp_ms" }),
    // The tenant's words when it declined the offer; empty when it gave none.
    declineReason: text("decline_reason"),
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("hosted_connections_circuit_idx").on(t.circuitId, t.createdAt),
    index("hosted_connections_tenant_idx").on(t.tenantUid, t.createdAt),
    uniqueIndex("hosted_connections_vlan_uq").on(t.vlanAllocationId),
    // The Shared Physical Connection tab pages live ports of a circuit newest first without a sort;
    // the trailing vpconn_status keeps the planner on it for whole-estate lists too (bench/README.md).
    index("hosted_connections_live_circuit_idx")
      .on(t.circuitId, sql`${t.createdAt} desc`, t.id, t.vpconnStatus)
      .where(sql`${t.vpconnStatus} <> 'Deleted'`),
    // Capacity checks and the circuits' used bandwidth read only this index.
    index("hosted_connections_live_spec_idx")
      .on(t.circuitId, t.spec, t.expectSpec)
      .where(sql`${t.vpconnStatus} <> 'Deleted'`),
    index("hosted_connections_source_vbr_idx").on(t.sourceVbrId).where(sql`${t.sourceVbrId} is not null`),
    // settleDue runs before every operation: finding nothing due must stay one index probe.
    index("hosted_connections_settling_idx").on(t.statusChangedAt).where(sql`${t.status} = 'Terminating'`),
    // The offer-lapse job finds offers past their expiry with one index probe.
    index("hosted_connections_offer_expiry_idx")
      .on(t.offerExpiresAt)
      .where(sql`${t.vpconnStatus} = 'UnConfirmed'`),
  ],
);

/** A virtual border router, on a shared port (hosted) or directly on a circuit (legacy shared VBR). */
export const vbrs = sqliteTable(
  "vbrs",
  {
    id: text("id").primaryKey(),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    circuitId: text("circuit_id")
      .notNull()
      .references(() => circuits.id),
    hostedConnectionId: text("hosted_connection_id").references(() => hostedConnections.id),
    vlanAllocationId: integer("vlan_allocation_id")
      .notNull()
      .references(() => vlanAllocations.id),
    name: text("name"),
    description: text("description"),
    status: text("status", { enum: VBR_STATUSES }).notNull(),
    // Only legacy VBRs carry their own cap (null = Speed Unlimited); a hosted VBR follows its port's spec.
    bandwidthMbps: integer("bandwidth_mbps"),
    localGatewayIp: text("local_gateway_ip"),
    peerGatewayIp: text("peer_gateway_ip"),
    peeringSubnetMask: text("peering_subnet_mask"),
    routeTableId: text("route_table_id").notNull(),
    vlanInterfaceId: text("vlan_interface_id").notNull(),
    createdAt: createdAt(),
    activatedAt: integer("activated_at", { mode: "timestamp_ms" }),
    terminatedAt: integer("terminated_at", { mode: "timestamp_ms" }),
    recoveredAt: integer("recovered_at", { mode: "timestamp_ms" }),
    statusChangedAt: integer("status_changed_at", { mode: "timestamp_ms" }),
    // Stopped because its shared port's period ended (FinancialLocked); a renewal starts it again.
    stoppedByExpiry: integer("stopped_by_expiry", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("vbrs_circuit_idx").on(t.circuitId),
    index("vbrs_owner_idx").on(t.ownerUid),
    // One VBR per shared port (VBR_COUNT_PER_VPCONN = 1).
    uniqueIndex("vbrs_hosted_connection_uq").on(t.hostedConnectionId),
    index("vbrs_settling_idx")
      .on(t.statusChangedAt)
      .where(sql`${t.status} in ('terminating', 'recovering', 'deleting')`),
  ],
);

export const tags = sqliteTable(
  "tags",
  {
    resourceType: text("resource_type", { enum: ["hosted_connection", "vbr"] }).notNull(),
    resourceId: text("resource_id").notNull(),
    key: text("key").notNull(),
    value: text("value").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId, t.key] })],
);

export const orders = sqliteTable(
  "orders",
  {
    id: text("id").primaryKey(),
    payerUid: text("payer_uid")
      .notNull()
      .references(() => accounts.uid),
    hostedConnectionId: text("hosted_connection_id")
      .notNull()
      .references(() => hostedConnections.id),
    type: text("type", { enum: ["new", "upgrade", "renew"] }).notNull(),
    spec: text("spec", { enum: SPECS }).notNull(),
    pricingCycle: text("pricing_cycle", { enum: ["Month", "Year"] }).notNull(),
    period: integer("period").notNull(),
    autoRenew: integer("auto_renew", { mode: "boolean" }).notNull().default(false),
    // Money in integer cents of `currency`, never floats.
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: ["unpaid", "paid", "cancelled"] }).notNull(),
    createdAt: createdAt(),
    paidAt: integer("paid_at", { mode: "timestamp_ms" }),
    // The service window the order bought: a first period from when the port went live, a renewal from
    // the previous expiry, a bandwidth change from its payment to the expiry then. Null until it starts.
    serviceFrom: integer("service_from", { mode: "timestamp_ms" }),
    serviceUntil: integer("service_until", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("orders_payer_idx").on(t.payerUid, t.createdAt),
    index("orders_hosted_connection_idx").on(t.hostedConnectionId),
    index("orders_status_paid_at_idx").on(t.status, t.paidAt),
  ],
);

export const refunds = sqliteTable(
  "refunds",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    payerUid: text("payer_uid")
      .notNull()
      .references(() => accounts.uid),
    hostedConnectionId: text("hosted_connection_id")
      .notNull()
      .references(() => hostedConnections.id),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull(),
    // How the amount was worked out (lib/domain/billing.ts unusedPart), for the refund page.
    computation: text("computation", { mode: "json" }).$type<RefundComputation>(),
    createdAt: createdAt(),
  },
  (t) => [index("refunds_payer_idx").on(t.payerUid, t.createdAt)],
);

export const privilegeApplications = sqliteTable(
  "privilege_applications",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    quotaId: text("quota_id").notNull(),
    value: text("value", { enum: ["valid", "invalid"] }).notNull(),
    validFrom: integer("valid_from", { mode: "timestamp_ms" }),
    validUntil: integer("valid_until", { mode: "timestamp_ms" }),
    reason: text("reason").notNull(),
    notifyResult: integer("notify_result", { mode: "boolean" }).notNull(),
    status: text("status", { enum: ["approved", "rejected"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("privilege_applications_account_idx").on(t.accountUid, t.createdAt)],
);

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorUid: text("actor_uid"),
    actorUserId: text("actor_user_id"),
    accessKeyId: text("access_key_id"),
    via: text("via", { enum: ["console", "api", "system"] }).notNull(),
    action: text("action").notNull(),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    // Whose Operation Log the event belongs in besides the actor's, copied when written so a deleted
    // resource's history stays readable: the resource's owner (a port's or VBR's tenant, a circuit's
    // partner), the partner whose circuit carries a port or VBR, and that circuit.
    ownerUid: text("owner_uid"),
    partnerUid: text("partner_uid"),
    circuitId: text("circuit_id"),
    // "Success" or the error code returned.
    result: text("result").notNull(),
    requestId: text("request_id").notNull(),
    details: text("details", { mode: "json" }),
    // A DryRun call: recorded in the caller's own log, and counted against its dry-run limit.
    dryRun: integer("dry_run", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("audit_events_resource_idx").on(t.resourceId, t.at),
    index("audit_events_action_at_idx").on(t.action, t.at),
    index("audit_events_actor_dry_run_idx").on(t.actorUid, t.dryRun, t.at),
    index("audit_events_owner_idx").on(t.ownerUid, t.at),
    index("audit_events_partner_idx").on(t.partnerUid, t.at),
    index("audit_events_circuit_idx").on(t.circuitId, t.at),
  ],
);

export const idempotencyTokens = sqliteTable(
  "idempotency_tokens",
  {
    accountUid: text("account_uid").notNull(),
    action: text("action").notNull(),
    token: text("token").notNull(),
    requestHash: text("request_hash").notNull(),
    response: text("response", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountUid, t.action, t.token] }),
    index("idempotency_tokens_created_idx").on(t.createdAt),
  ],
);

export const accessKeys = sqliteTable(
  "access_keys",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    // AES-GCM ciphertext under the server key: a copy of the database alone does not reveal secrets.
    secretCiphertext: text("secret_ciphertext").notNull(),
    status: text("status", { enum: ["Active", "Inactive"] })
      .notNull()
      .default("Active"),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("access_keys_account_idx").on(t.accountUid)],
);

/** Nonces are spent per AccessKey: one key's traffic can neither spend nor block another key's nonces. */
export const signatureNonces = sqliteTable(
  "signature_nonces",
  {
    accessKeyId: text("access_key_id")
      .notNull()
      .references(() => accessKeys.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull(),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  // Pruning nonces older than the 15-minute window is a range scan on this index.
  (t) => [primaryKey({ columns: [t.accessKeyId, t.nonce] }), index("signature_nonces_seen_idx").on(t.seenAt)],
);

/**
 * The console's sessions. The session cookie (an Auth.js JWT) names its row; a cookie whose row is
 * gone no longer opens anything, so log-out, "Log out everywhere" and a password change end sessions
 * on the server, not just in the browser that asked.
 */
export const consoleSessions = sqliteTable(
  "console_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("console_sessions_user_idx").on(t.userId),
    index("console_sessions_created_idx").on(t.createdAt),
  ],
);

/**
 * Log-on attempts still inside the throttling window (lib/server/throttle): a row is written before the
 * password is checked and deleted when it proves right, so what remains are failures, shared by every
 * server process. `forgiven` marks failures of an account from an address where it then logged on: they
 * no longer count against the account, only against the address.
 */
export const logOnAttempts = sqliteTable(
  "log_on_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    accountKey: text("account_key").notNull(),
    address: text("address").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    forgiven: integer("forgiven", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("log_on_attempts_account_idx").on(t.accountKey, t.at),
    index("log_on_attempts_address_idx").on(t.address, t.at),
    index("log_on_attempts_at_idx").on(t.at),
  ],
);

/**
 * Traffic of one shared port or VBR in one time bucket, as its partner's collector pushed it
 * (lib/server/monitoring): raw rows at 60 s, rollups at 300 s and 3600 s. Counts are what passed in the
 * bucket (deltas of the switch's counters), never rates; rates are counts over the bucket's seconds.
 * A raw row stays rollup_pending until the rollup job has folded it into its 5-minute and hourly rows.
 */
export const trafficSamples = sqliteTable(
  "traffic_samples",
  {
    instanceId: text("instance_id").notNull(),
    resolutionSeconds: integer("resolution_seconds").notNull(),
    bucketStart: integer("bucket_start", { mode: "timestamp_ms" }).notNull(),
    bytesIn: integer("bytes_in").notNull().default(0),
    bytesOut: integer("bytes_out").notNull().default(0),
    packetsIn: integer("packets_in").notNull().default(0),
    packetsOut: integer("packets_out").notNull().default(0),
    droppedBytesIn: integer("dropped_bytes_in").notNull().default(0),
    droppedBytesOut: integer("dropped_bytes_out").notNull().default(0),
    droppedPacketsIn: integer("dropped_packets_in").notNull().default(0),
    droppedPacketsOut: integer("dropped_packets_out").notNull().default(0),
    // The port's last reported operational state in the bucket; null when none was reported.
    linkUp: integer("link_up", { mode: "boolean" }),
    rollupPending: integer("rollup_pending", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.instanceId, t.resolutionSeconds, t.bucketStart] }),
    // Pruning deletes the oldest buckets of one resolution.
    index("traffic_samples_resolution_bucket_idx").on(t.resolutionSeconds, t.bucketStart),
    index("traffic_samples_rollup_pending_idx").on(t.instanceId).where(sql`${t.rollupPending} = 1`),
  ],
);

/**
 * A tenant's monthly bill for the outbound data transfer of one shared port (lib/domain/outbound-transfer.ts):
 * the bytes the port sent towards the IDC in a UTC month, from the stored traffic, at the price shown.
 */
export const outboundTransferBills = sqliteTable(
  "outbound_transfer_bills",
  {
    id: text("id").primaryKey(),
    hostedConnectionId: text("hosted_connection_id")
      .notNull()
      .references(() => hostedConnections.id),
    payerUid: text("payer_uid")
      .notNull()
      .references(() => accounts.uid),
    // "YYYY-MM", UTC.
    month: text("month").notNull(),
    bytesOut: integer("bytes_out").notNull(),
    centsPerGb: integer("cents_per_gb").notNull(),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbound_transfer_bills_port_month_uq").on(t.hostedConnectionId, t.month),
    index("outbound_transfer_bills_payer_idx").on(t.payerUid, t.month),
  ],
);

/**
 * The last raw value of each counter a collector pushed for an instance, so the next sample becomes a
 * delta (a value below it is a counter reset). Prometheus sends counters as float64.
 */
export const trafficCounters = sqliteTable(
  "traffic_counters",
  {
    instanceId: text("instance_id").notNull(),
    counter: text("counter").notNull(),
    value: real("value").notNull(),
    sampledAt: integer("sampled_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.instanceId, t.counter] })],
);

/**
 * One row per scheduled job (lib/server/scheduler): when it is next due, and who holds its lease. A
 * process runs a job only after winning the lease in one conditional UPDATE, so a job runs once however
 * many processes serve the database; a crashed holder's lease expires and another process takes over.
 */
export const scheduledJobs = sqliteTable("scheduled_jobs", {
  name: text("name").primaryKey(),
  nextRunAt: integer("next_run_at", { mode: "timestamp_ms" }).notNull(),
  leaseOwner: text("lease_owner"),
  leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
  lastStartedAt: integer("last_started_at", { mode: "timestamp_ms" }),
  lastFinishedAt: integer("last_finished_at", { mode: "timestamp_ms" }),
  lastError: text("last_error"),
  runs: integer("runs").notNull().default(0),
});

/**
 * How far tests and demos have moved the clock ahead (lib/server/clock.ts): one row, id "clock", read by every
 * server process. Only the test clock route (TEST_CLOCK=1) writes it.
 */
export const clockOffsets = sqliteTable("clock_offsets", {
  id: text("id").primaryKey(),
  offsetMs: integer("offset_ms").notNull(),
});

/**
 * API calls per AccessKey in one second of the server clock (lib/server/access-keys/rate-limit.ts): counted in
 * the database so every server process shares the limit. The window is an epoch-millisecond number in
 * both dialects: a counter's key, never shown.
 */
export const apiRequestWindows = sqliteTable(
  "api_request_windows",
  {
    accessKeyId: text("access_key_id")
      .notNull()
      .references(() => accessKeys.id, { onDelete: "cascade" }),
    windowStartMs: integer("window_start_ms").notNull(),
    requests: integer("requests").notNull(),
  },
  // Each key prunes its own old windows: a range scan on the primary key.
  (t) => [primaryKey({ columns: [t.accessKeyId, t.windowStartMs] })],
);

/**
 * A message to one account's notification centre (lib/server/notifications): what happened to which
 * resource, as a catalog key and its parameters, so each viewer reads it in their own language. Rows stay
 * when the resource is deleted: the link opens its history.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    kind: text("kind").notNull(),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("notifications_account_idx").on(t.accountUid, t.createdAt),
    index("notifications_unread_idx").on(t.accountUid).where(sql`${t.readAt} is null`),
  ],
);

/**
 * An alert rule one account keeps on a shared port, VBR or circuit (lib/domain/alerts.ts), with the
 * evaluator's state: evaluated_until is the end of the last period evaluated, so a restarted or second
 * process never evaluates (and notifies) a period twice. The webhook secret is sealed like AccessKey
 * secrets, since it must sign every delivery.
 */
export const alertRules = sqliteTable(
  "alert_rules",
  {
    id: text("id").primaryKey(),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    name: text("name").notNull(),
    metric: text("metric").notNull(),
    statistic: text("statistic").notNull(),
    comparison: text("comparison").notNull(),
    threshold: real("threshold").notNull(),
    periodSeconds: integer("period_seconds").notNull(),
    consecutivePeriods: integer("consecutive_periods").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to").notNull(),
    muteSeconds: integer("mute_seconds").notNull(),
    notifyConsole: integer("notify_console", { mode: "boolean" }).notNull(),
    webhookUrls: text("webhook_urls", { mode: "json" }).$type<string[]>().notNull(),
    webhookSecretCiphertext: text("webhook_secret_ciphertext").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    state: text("state").notNull(),
    breachStreak: integer("breach_streak").notNull().default(0),
    missingStreak: integer("missing_streak").notNull().default(0),
    lastValue: real("last_value"),
    lastNotifiedAt: integer("last_notified_at", { mode: "timestamp_ms" }),
    alarmNotified: integer("alarm_notified", { mode: "boolean" }).notNull().default(false),
    stateChangedAt: integer("state_changed_at", { mode: "timestamp_ms" }).notNull(),
    evaluatedUntil: integer("evaluated_until", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("alert_rules_resource_idx").on(t.resourceType, t.resourceId),
    index("alert_rules_owner_idx").on(t.ownerUid),
  ],
);

/** Every state change of an alert rule, with the value that caused it: a resource's alert history. */
export const alertHistory = sqliteTable(
  "alert_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ruleId: text("rule_id").notNull(),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    ruleName: text("rule_name").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    value: real("value"),
    threshold: real("threshold").notNull(),
    periodStart: integer("period_start", { mode: "timestamp_ms" }).notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("alert_history_resource_idx").on(t.resourceType, t.resourceId, t.at)],
);

/**
 * The webhook delivery queue and log: one row per notification and URL, worked by a scheduled job (never
 * inline in a request), retried with backoff until delivered or out of attempts. The body is kept as sent,
 * so every retry carries the same bytes and its signature verifies the same way.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ruleId: text("rule_id")
      .notNull()
      .references(() => alertRules.id, { onDelete: "cascade" }),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    url: text("url").notNull(),
    event: text("event").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
    lastResponseStatus: integer("last_response_status"),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_rule_idx").on(t.ruleId, t.createdAt),
  ],
);

export type Region = typeof regions.$inferSelect;
export type AccessPoint = typeof accessPoints.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type User = typeof users.$inferSelect;
export type ResourceGroup = typeof resourceGroups.$inferSelect;
export type Circuit = typeof circuits.$inferSelect;
export type VlanAllocation = typeof vlanAllocations.$inferSelect;
export type VlanReservation = typeof vlanReservations.$inferSelect;
export type HostedConnection = typeof hostedConnections.$inferSelect;
export type Vbr = typeof vbrs.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type PrivilegeApplication = typeof privilegeApplications.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type AccessKey = typeof accessKeys.$inferSelect;
export type TrafficSample = typeof trafficSamples.$inferSelect;
export type OutboundTransferBill = typeof outboundTransferBills.$inferSelect;
export type AlertRule = typeof alertRules.$inferSelect;
export type AlertHistoryEntry = typeof alertHistory.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
