// The PostgreSQL twin of db/schema-sqlite.ts: the same export names, tables, columns, indexes and keys, so
// the app's queries and row types are the same on both dialects. db/schema-equivalence.test.ts
// fails when the two drift; edit both, then run `npm run db:generate` (it writes both migrations).
// Instants are timestamptz(3) read as Date: millisecond precision, like SQLite's timestamp_ms integers.
// SQLite integers are 64-bit: ids that only grow and money are bigint here; bounded values stay integer.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
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

const instant = (name: string) => timestamp(name, { mode: "date", withTimezone: true, precision: 3 });

const createdAt = () => instant("created_at").notNull().defaultNow();

export const regions = pgTable("regions", {
  id: text("id").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
  idPrefix: text("id_prefix").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const accessPoints = pgTable("access_points", {
  id: text("id").primaryKey(),
  regionId: text("region_id")
    .notNull()
    .references(() => regions.id),
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
});

export const accounts = pgTable(
  "accounts",
  {
    uid: text("uid").primaryKey(),
    name: text("name").notNull(),
    site: text("site", { enum: SITES }).notNull(),
    type: text("type", { enum: ACCOUNT_TYPES }).notNull().default("primary"),
    parentUid: text("parent_uid").references((): AnyPgColumn => accounts.uid),
    isPartner: boolean("is_partner").notNull().default(false),
    highSpecAllowed: boolean("high_spec_allowed").notNull().default(false),
    privilegeValidFrom: instant("privilege_valid_from"),
    privilegeValidUntil: instant("privilege_valid_until"),
    trafficBillingEnabled: boolean("traffic_billing_enabled").notNull().default(true),
        // A RAM user's Express Connect policy (lib/domain/ram-policy.ts); null on a primary account.
    ramPolicy: text("ram_policy", { enum: RAM_POLICIES }),
    // Set by the operator: the account can neither log on nor call anything.
    disabledAt: instant("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [index("accounts_parent_idx").on(t.parentUid)],
);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    // Null for a platform operator, who belongs to no account.
    accountUid: text("account_uid").references(() => accounts.uid),
    displayName: text("display_name").notNull(),
    operator: boolean("operator").notNull().default(false),
    disabledAt: instant("disabled_at"),
    // An invitation's one-time link carries the token; only its SHA-256 is kept.
    inviteTokenHash: text("invite_token_hash"),
    inviteExpiresAt: instant("invite_expires_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email)],
);

export const resourceGroups = pgTable(
  "resource_groups",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    name: text("name").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("resource_groups_account_idx").on(t.accountUid),
    uniqueIndex("resource_groups_one_default_uq").on(t.accountUid).where(sql`${t.isDefault} = true`),
  ],
);

export const circuits = pgTable(
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
    vpconnQuota: integer("vpconn_quota").notNull().default(500),
    // The circuit this one backs up (the real console's redundant physical connection).
    redundantCircuitId: text("redundant_circuit_id"),
    createdAt: createdAt(),
    enabledAt: instant("enabled_at"),
  },
  (t) => [index("circuits_owner_region_idx").on(t.ownerUid, t.regionId)],
);

export const vlanAllocations = pgTable(
  "vlan_allocations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
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
export const vlanReservations = pgTable(
  "vlan_reservations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
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

export const hostedConnections = pgTable(
  "hosted_connections",
  {
    id: text("id").primaryKey(),
    circuitId: text("circuit_id")
      .notNull()
      .references(() => circuits.id),
    tenantUid: text("tenant_uid")
      .notNull()
      .references(() => accounts.uid),
    vlanAllocationId: bigint("vlan_allocation_id", { mode: "number" }).references(() => vlanAllocations.id),
    spec: text("spec", { enum: SPECS }).notNull(),
    expectSpec: text("expect_spec", { enum: SPECS }),
    orderMode: text("order_mode", { enum: ORDER_MODES }).notNull(),
    status: text("status", { enum: PHYSICAL_CONNECTION_STATUSES }).notNull(),
    vpconnStatus: text("vpconn_status", { enum: VPCONN_STATUSES }).notNull(),
    businessStatus: text("business_status", { enum: BUSINESS_STATUSES }).notNull().default("Normal"),
    loaStatus: text("loa_status", { enum: LOA_STATUSES }),
    paid: boolean("paid").notNull().default(false),
    name: text("name"),
    description: text("description"),
    resourceGroupId: text("resource_group_id").references(() => resourceGroups.id),
    sourceVbrId: text("source_vbr_id"),
    createdByUid: text("created_by_uid")
      .notNull()
      .references(() => accounts.uid),
    createdAt: createdAt(),
    enabledAt: instant("enabled_at"),
    endTime: instant("end_time"),
    // The payer's choice: renew for the last term bought when the period ends (lib/server/subscriptions).
    autoRenew: boolean("auto_renew").notNull().default(false),
    // The latest expiry notice sent for the current period (EXPIRY_NOTICES); a renewal clears it.
    expiryNotice: text("expiry_notice"),
    statusChangedAt: instant("status_changed_at"),
    // An offer nobody accepted by then lapses (lib/server/offers/lapse-offers.ts).
    offerExpiresAt: instant("offer_expires_at"),
    // The tenant's words when it declined the offer; empty when it gave none.
    declineReason: text("decline_reason"),
    deletedAt: instant("deleted_at"),
  },
  (t) => [
    index("hosted_connections_circuit_idx").on(t.circuitId, t.createdAt),
    index("hosted_connections_tenant_idx").on(t.tenantUid, t.createdAt),
    uniqueIndex("hosted_connections_vlan_uq").on(t.vlanAllocationId),
    index("hosted_connections_live_circuit_idx")
      .on(t.circuitId, sql`${t.createdAt} desc`, t.id, t.vpconnStatus)
      .where(sql`${t.vpconnStatus} <> 'Deleted'`),
    index("hosted_connections_live_spec_idx")
      .on(t.circuitId, t.spec, t.expectSpec)
      .where(sql`${t.vpconnStatus} <> 'Deleted'`),
    index("hosted_connections_source_vbr_idx").on(t.sourceVbrId).where(sql`${t.sourceVbrId} is not null`),
    index("hosted_connections_settling_idx").on(t.statusChangedAt).where(sql`${t.status} = 'Terminating'`),
    // The offer-lapse job finds offers past their expiry with one index probe.
    index("hosted_connections_offer_expiry_idx")
      .on(t.offerExpiresAt)
      .where(sql`${t.vpconnStatus} = 'UnConfirmed'`),
  ],
);

export const vbrs = pgTable(
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
    vlanAllocationId: bigint("vlan_allocation_id", { mode: "number" })
      .notNull()
      .references(() => vlanAllocations.id),
    name: text("name"),
    description: text("description"),
    status: text("status", { enum: VBR_STATUSES }).notNull(),
    bandwidthMbps: integer("bandwidth_mbps"),
    localGatewayIp: text("local_gateway_ip"),
    peerGatewayIp: text("peer_gateway_ip"),
    peeringSubnetMask: text("peering_subnet_mask"),
    routeTableId: text("route_table_id").notNull(),
    vlanInterfaceId: text("vlan_interface_id").notNull(),
    createdAt: createdAt(),
    activatedAt: instant("activated_at"),
    terminatedAt: instant("terminated_at"),
    recoveredAt: instant("recovered_at"),
    statusChangedAt: instant("status_changed_at"),
    // Stopped because its shared port's period ended (FinancialLocked); a renewal starts it again.
    stoppedByExpiry: boolean("stopped_by_expiry").notNull().default(false),
  },
  (t) => [
    index("vbrs_circuit_idx").on(t.circuitId),
    index("vbrs_owner_idx").on(t.ownerUid),
    uniqueIndex("vbrs_hosted_connection_uq").on(t.hostedConnectionId),
    index("vbrs_settling_idx")
      .on(t.statusChangedAt)
      .where(sql`${t.status} in ('terminating', 'recovering', 'deleting')`),
  ],
);

export const tags = pgTable(
  "tags",
  {
    resourceType: text("resource_type", { enum: ["hosted_connection", "vbr"] }).notNull(),
    resourceId: text("resource_id").notNull(),
    key: text("key").notNull(),
    value: text("value").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId, t.key] })],
);

export const orders = pgTable(
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
    autoRenew: boolean("auto_renew").notNull().default(false),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: ["unpaid", "paid", "cancelled"] }).notNull(),
    createdAt: createdAt(),
    paidAt: instant("paid_at"),
    // The service window the order bought: a first period from when the port went live, a renewal from
    // the previous expiry, a bandwidth change from its payment to the expiry then. Null until it starts.
    serviceFrom: instant("service_from"),
    serviceUntil: instant("service_until"),
  },
  (t) => [
    index("orders_payer_idx").on(t.payerUid, t.createdAt),
    index("orders_hosted_connection_idx").on(t.hostedConnectionId),
    index("orders_status_paid_at_idx").on(t.status, t.paidAt),
  ],
);

export const refunds = pgTable(
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
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    // How the amount was worked out (lib/domain/billing.ts unusedPart), for the refund page.
    computation: jsonb("computation").$type<RefundComputation>(),
    createdAt: createdAt(),
  },
  (t) => [index("refunds_payer_idx").on(t.payerUid, t.createdAt)],
);

export const privilegeApplications = pgTable(
  "privilege_applications",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    quotaId: text("quota_id").notNull(),
    value: text("value", { enum: ["valid", "invalid"] }).notNull(),
    validFrom: instant("valid_from"),
    validUntil: instant("valid_until"),
    reason: text("reason").notNull(),
    notifyResult: boolean("notify_result").notNull(),
    status: text("status", { enum: ["approved", "rejected"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("privilege_applications_account_idx").on(t.accountUid, t.createdAt)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
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
    result: text("result").notNull(),
    requestId: text("request_id").notNull(),
    details: jsonb("details"),
    // A DryRun call: recorded in the caller's own log, and counted against its dry-run limit.
    dryRun: boolean("dry_run").notNull().default(false),
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

export const idempotencyTokens = pgTable(
  "idempotency_tokens",
  {
    accountUid: text("account_uid").notNull(),
    action: text("action").notNull(),
    token: text("token").notNull(),
    requestHash: text("request_hash").notNull(),
    response: jsonb("response").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountUid, t.action, t.token] }),
    index("idempotency_tokens_created_idx").on(t.createdAt),
  ],
);

export const accessKeys = pgTable(
  "access_keys",
  {
    id: text("id").primaryKey(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    secretCiphertext: text("secret_ciphertext").notNull(),
    status: text("status", { enum: ["Active", "Inactive"] })
      .notNull()
      .default("Active"),
    createdAt: createdAt(),
    lastUsedAt: instant("last_used_at"),
  },
  (t) => [index("access_keys_account_idx").on(t.accountUid)],
);

/** Nonces are spent per AccessKey: one key's traffic can neither spend nor block another key's nonces. */
export const signatureNonces = pgTable(
  "signature_nonces",
  {
    accessKeyId: text("access_key_id")
      .notNull()
      .references(() => accessKeys.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull(),
    seenAt: instant("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.accessKeyId, t.nonce] }), index("signature_nonces_seen_idx").on(t.seenAt)],
);

/** The console's sessions: see db/schema.ts. */
export const consoleSessions = pgTable(
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

/** Log-on attempts inside the throttling window: see db/schema.ts. */
export const logOnAttempts = pgTable(
  "log_on_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    accountKey: text("account_key").notNull(),
    address: text("address").notNull(),
    at: instant("at").notNull(),
    forgiven: boolean("forgiven").notNull().default(false),
  },
  (t) => [
    index("log_on_attempts_account_idx").on(t.accountKey, t.at),
    index("log_on_attempts_address_idx").on(t.address, t.at),
    index("log_on_attempts_at_idx").on(t.at),
  ],
);

/** Traffic of one shared port or VBR in one time bucket: see db/schema.ts. */
export const trafficSamples = pgTable(
  "traffic_samples",
  {
    instanceId: text("instance_id").notNull(),
    resolutionSeconds: integer("resolution_seconds").notNull(),
    bucketStart: instant("bucket_start").notNull(),
    bytesIn: bigint("bytes_in", { mode: "number" }).notNull().default(0),
    bytesOut: bigint("bytes_out", { mode: "number" }).notNull().default(0),
    packetsIn: bigint("packets_in", { mode: "number" }).notNull().default(0),
    packetsOut: bigint("packets_out", { mode: "number" }).notNull().default(0),
    droppedBytesIn: bigint("dropped_bytes_in", { mode: "number" }).notNull().default(0),
    droppedBytesOut: bigint("dropped_bytes_out", { mode: "number" }).notNull().default(0),
    droppedPacketsIn: bigint("dropped_packets_in", { mode: "number" }).notNull().default(0),
    droppedPacketsOut: bigint("dropped_packets_out", { mode: "number" }).notNull().default(0),
    linkUp: boolean("link_up"),
    rollupPending: boolean("rollup_pending").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.instanceId, t.resolutionSeconds, t.bucketStart] }),
    index("traffic_samples_resolution_bucket_idx").on(t.resolutionSeconds, t.bucketStart),
    index("traffic_samples_rollup_pending_idx").on(t.instanceId).where(sql`${t.rollupPending} = true`),
  ],
);

/** A tenant's monthly outbound data transfer bill for one shared port: see db/schema.ts. */
export const outboundTransferBills = pgTable(
  "outbound_transfer_bills",
  {
    id: text("id").primaryKey(),
    hostedConnectionId: text("hosted_connection_id")
      .notNull()
      .references(() => hostedConnections.id),
    payerUid: text("payer_uid")
      .notNull()
      .references(() => accounts.uid),
    month: text("month").notNull(),
    bytesOut: bigint("bytes_out", { mode: "number" }).notNull(),
    centsPerGb: integer("cents_per_gb").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbound_transfer_bills_port_month_uq").on(t.hostedConnectionId, t.month),
    index("outbound_transfer_bills_payer_idx").on(t.payerUid, t.month),
  ],
);

/** The last raw value of each pushed counter: see db/schema.ts. */
export const trafficCounters = pgTable(
  "traffic_counters",
  {
    instanceId: text("instance_id").notNull(),
    counter: text("counter").notNull(),
    value: doublePrecision("value").notNull(),
    sampledAt: instant("sampled_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.instanceId, t.counter] })],
);

/** Scheduled jobs and their leases: see db/schema.ts. */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: text("name").primaryKey(),
  nextRunAt: instant("next_run_at").notNull(),
  leaseOwner: text("lease_owner"),
  leaseUntil: instant("lease_until"),
  lastStartedAt: instant("last_started_at"),
  lastFinishedAt: instant("last_finished_at"),
  lastError: text("last_error"),
  runs: integer("runs").notNull().default(0),
});

/** The test clock's offset: see db/schema.ts. */
export const clockOffsets = pgTable("clock_offsets", {
  id: text("id").primaryKey(),
  offsetMs: bigint("offset_ms", { mode: "number" }).notNull(),
});

/** API calls per AccessKey per second: see db/schema.ts. */
export const apiRequestWindows = pgTable(
  "api_request_windows",
  {
    accessKeyId: text("access_key_id")
      .notNull()
      .references(() => accessKeys.id, { onDelete: "cascade" }),
    windowStartMs: bigint("window_start_ms", { mode: "number" }).notNull(),
    requests: integer("requests").notNull(),
  },
  // Each key prunes its own old windows: a range scan on the primary key.
  (t) => [primaryKey({ columns: [t.accessKeyId, t.windowStartMs] })],
);

/** A message to one account's notification centre: see db/schema-sqlite.ts. */
export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    accountUid: text("account_uid")
      .notNull()
      .references(() => accounts.uid),
    kind: text("kind").notNull(),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    params: jsonb("params").$type<Record<string, string | number>>(),
    createdAt: createdAt(),
    readAt: instant("read_at"),
  },
  (t) => [
    index("notifications_account_idx").on(t.accountUid, t.createdAt),
    index("notifications_unread_idx").on(t.accountUid).where(sql`${t.readAt} is null`),
  ],
);

/** Alert rules and the evaluator's state per rule: see db/schema-sqlite.ts. */
export const alertRules = pgTable(
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
    threshold: doublePrecision("threshold").notNull(),
    periodSeconds: integer("period_seconds").notNull(),
    consecutivePeriods: integer("consecutive_periods").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to").notNull(),
    muteSeconds: integer("mute_seconds").notNull(),
    notifyConsole: boolean("notify_console").notNull(),
    webhookUrls: jsonb("webhook_urls").$type<string[]>().notNull(),
    webhookSecretCiphertext: text("webhook_secret_ciphertext").notNull(),
    enabled: boolean("enabled").notNull(),
    state: text("state").notNull(),
    breachStreak: integer("breach_streak").notNull().default(0),
    missingStreak: integer("missing_streak").notNull().default(0),
    lastValue: doublePrecision("last_value"),
    lastNotifiedAt: instant("last_notified_at"),
    alarmNotified: boolean("alarm_notified").notNull().default(false),
    stateChangedAt: instant("state_changed_at").notNull(),
    evaluatedUntil: instant("evaluated_until").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("alert_rules_resource_idx").on(t.resourceType, t.resourceId),
    index("alert_rules_owner_idx").on(t.ownerUid),
  ],
);

/** An alert rule's state changes: see db/schema-sqlite.ts. */
export const alertHistory = pgTable(
  "alert_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    ruleId: text("rule_id").notNull(),
    ownerUid: text("owner_uid")
      .notNull()
      .references(() => accounts.uid),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    ruleName: text("rule_name").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    value: doublePrecision("value"),
    threshold: doublePrecision("threshold").notNull(),
    periodStart: instant("period_start").notNull(),
    at: instant("at").notNull(),
  },
  (t) => [index("alert_history_resource_idx").on(t.resourceType, t.resourceId, t.at)],
);

/** The webhook delivery queue and log: see db/schema-sqlite.ts. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
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
    nextAttemptAt: instant("next_attempt_at").notNull(),
    lastAttemptAt: instant("last_attempt_at"),
    lastResponseStatus: integer("last_response_status"),
    lastError: text("last_error"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_rule_idx").on(t.ruleId, t.createdAt),
  ],
);
