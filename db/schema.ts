// The tables the app queries: those of the dialect this process serves (DATABASE_URL, read once on
// import). The declarations live in db/schema-sqlite.ts and db/schema-pg.ts; add a table to both, then
// name it here (db/schema.test.ts fails when one is missing). Code that needs one dialect's tables
// whatever the process serves (drizzle clients, drizzle-kit, the seed, schema tests) imports that file.
import { type Dialect, servedDialect } from "./dialect";
import * as pgTables from "./schema-pg";
import * as sqliteTables from "./schema-sqlite";

export type {
  Region,
  AccessPoint,
  Account,
  User,
  ResourceGroup,
  Circuit,
  VlanAllocation,
  VlanReservation,
  HostedConnection,
  Vbr,
  Tag,
  Order,
  Refund,
  PrivilegeApplication,
  AuditEvent,
  Notification,
  AccessKey,
  TrafficSample,
  OutboundTransferBill,
  AlertRule,
  AlertHistoryEntry,
  WebhookDelivery,
} from "./schema-sqlite";

/**
 * One dialect's tables, typed as SQLite's: db/schema-equivalence.test.ts proves both declare the same
 * columns and row types, and queries are built by the connection's own dialect at run time.
 */
export function tablesOf(dialect: Dialect): typeof sqliteTables {
  return dialect === "postgresql" ? (pgTables as unknown as typeof sqliteTables) : sqliteTables;
}

export const {
  regions,
  accessPoints,
  accounts,
  users,
  resourceGroups,
  circuits,
  vlanAllocations,
  vlanReservations,
  hostedConnections,
  vbrs,
  tags,
  orders,
  refunds,
  privilegeApplications,
  auditEvents,
  notifications,
  idempotencyTokens,
  accessKeys,
  signatureNonces,
  consoleSessions,
  logOnAttempts,
  scheduledJobs,
  clockOffsets,
  trafficSamples,
  outboundTransferBills,
  trafficCounters,
  apiRequestWindows,
  alertRules,
  alertHistory,
  webhookDeliveries,
} = tablesOf(servedDialect());
