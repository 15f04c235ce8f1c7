// The account's Operation Log: every audit event the account may read, filtered and paged in the database.
// Console only: not an API action.
import { and, count, desc, eq, gte, lt, ne, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { type AuditEvent, auditEvents } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { domainError } from "../../domain/errors";
import { createAccessKey } from "../access-keys/create-access-key";
import { deleteAccessKey } from "../access-keys/delete-access-key";
import { updateAccessKeyStatus } from "../access-keys/update-access-key-status";
import { OPERATIONS } from "../operations";
import type { OperationContext, Tx } from "../operations/context";

export const OPERATION_LOG_RANGES = ["1h", "24h", "7d", "30d", "all"] as const;
export const OPERATION_LOG_RESULTS = ["success", "failure"] as const;
export const OPERATION_LOG_SOURCES = ["console", "api", "system"] as const;
export const OPERATION_LOG_PAGE_SIZES = [20, 50, 100] as const;

const RANGE_MS: Record<(typeof OPERATION_LOG_RANGES)[number], number | null> = {
  "1h": 60 * 60 * 1000,
  "24h": 24 * 60 * 60 * 1000,
  "7d": 7 * 24 * 60 * 60 * 1000,
  "30d": 30 * 24 * 60 * 60 * 1000,
  all: null,
};

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const operationLogFilterSchema = z.object({
  action: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z]{1,64}$/)
      .optional(),
  ),
  resourceId: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,64}$/)
      .optional(),
  ),
  /** The circuit tab: events on the circuit, its shared ports and their VBRs. */
  circuitId: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^pc-[a-z0-9]{1,40}$/)
      .optional(),
  ),
  result: z.preprocess(blankToUndefined, z.enum(OPERATION_LOG_RESULTS).optional()),
  via: z.preprocess(blankToUndefined, z.enum(OPERATION_LOG_SOURCES).optional()),
  range: z.preprocess(blankToUndefined, z.enum(OPERATION_LOG_RANGES).default("all")),
});

const pageSchema = operationLogFilterSchema.extend({
  pageNumber: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (OPERATION_LOG_PAGE_SIZES as readonly number[]).includes(n))
    .default(20),
});

export type OperationLogFilter = z.output<typeof operationLogFilterSchema>;

export type OperationLogEntry = {
  id: number;
  at: string;
  /**
   * Who acted. The UID is given only when the caller knows it from the resource: its own, or the other
   * party's on a shared port or VBR (its tenant for the partner, the partner for the tenant).
   */
  actor: { kind: "self" | "counterpart" | "other" | "system"; uid: string | null };
  via: "console" | "api" | "system";
  /** Only the caller's own AccessKey IDs; another account's key is never shown. */
  accessKeyId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  /** "Success" or the error code returned. */
  result: string;
  requestId: string;
};

export type OperationLogPage = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: OperationLogEntry[];
};

function parse<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join(".") || "input";
    throw domainError("InvalidParameter", { field, args: [field] });
  }
  return parsed.data;
}

/**
 * What an account may read: what it did itself, anywhere, and what anyone did to a resource it is a
 * party of (the owner of a port, VBR, circuit, order or key, and the partner whose circuit carries a
 * port or VBR). The parties are copied into the event when it is written, so this holds after deletion.
 * A tenant therefore never sees a partner's actions on the circuit itself or on another tenant's ports,
 * and a third account's refused attempt on a resource is recorded without it (operation.ts), so it stays
 * in that account's own log.
 */
export function visibleTo(accountUid: string): SQL {
  return or(
    eq(auditEvents.actorUid, accountUid),
    eq(auditEvents.ownerUid, accountUid),
    eq(auditEvents.partnerUid, accountUid),
  ) as SQL;
}

function whereOf(accountUid: string, now: Date, f: OperationLogFilter): SQL {
  const rangeMs = RANGE_MS[f.range];
  return and(
    visibleTo(accountUid),
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.resourceId ? eq(auditEvents.resourceId, f.resourceId) : undefined,
    f.circuitId ? eq(auditEvents.circuitId, f.circuitId) : undefined,
    f.result === "success"
      ? eq(auditEvents.result, "Success")
      : f.result === "failure"
        ? ne(auditEvents.result, "Success")
        : undefined,
    f.via ? eq(auditEvents.via, f.via) : undefined,
    rangeMs === null ? undefined : gte(auditEvents.at, new Date(now.getTime() - rangeMs)),
  ) as SQL;
}

export function toOperationLogEntry(accountUid: string, row: AuditEvent): OperationLogEntry {
  const kind =
    row.via === "system" || row.actorUid === null
      ? ("system" as const)
      : row.actorUid === accountUid
        ? ("self" as const)
        : row.actorUid === row.ownerUid || row.actorUid === row.partnerUid
          ? ("counterpart" as const)
          : ("other" as const);
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { kind, uid: kind === "self" || kind === "counterpart" ? row.actorUid : null },
    via: row.via,
    // A key acts as its account, so a key used by the caller's account is the caller's own.
    accessKeyId: kind === "self" ? row.accessKeyId : null,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    result: row.result,
    requestId: row.requestId,
  };
}

/** One page of the caller's Operation Log, newest first. */
export async function readOperationLog(ctx: OperationContext, raw: unknown): Promise<OperationLogPage> {
  const q = parse(pageSchema, raw);
  const self = ctx.caller.accountUid;
  const where = whereOf(self, ctx.now, q);
  const { totalCount, rows } = await withTransaction(ctx.db, "read", async (tx) => ({
    totalCount: (await first(tx.select({ n: count() }).from(auditEvents).where(where)))?.n ?? 0,
    rows: await tx
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(q.pageSize)
      .offset((q.pageNumber - 1) * q.pageSize),
  }));
  return {
    pageNumber: q.pageNumber,
    pageSize: q.pageSize,
    totalCount,
    items: rows.map((row) => toOperationLogEntry(self, row)),
  };
}

const BATCH = 500;

/**
 * Every entry the filter matches, newest first, a batch per read: for the CSV download. Each batch
 * continues below the last one's (at, id), so rows written meanwhile neither repeat nor shift a batch.
 */
export async function* operationLogBatches(
  ctx: OperationContext,
  raw: unknown,
): AsyncGenerator<OperationLogEntry[]> {
  const f = parse(operationLogFilterSchema, raw);
  const self = ctx.caller.accountUid;
  const where = whereOf(self, ctx.now, f);
  let after: { at: Date; id: number } | null = null;
  for (;;) {
    const cursor: { at: Date; id: number } | null = after;
    const rows: AuditEvent[] = await withTransaction(ctx.db, "read", (tx: Tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          and(
            where,
            cursor === null
              ? undefined
              : or(
                  lt(auditEvents.at, cursor.at),
                  and(eq(auditEvents.at, cursor.at), lt(auditEvents.id, cursor.id)),
                ),
          ),
        )
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(BATCH),
    );
    if (rows.length > 0) yield rows.map((row) => toOperationLogEntry(self, row));
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = { at: last.at, id: last.id };
  }
}

/** The actions the filter offers: every action that writes, so every one the log can hold. */
export function operationLogActions(): string[] {
  const writes = [...Object.values(OPERATIONS), createAccessKey, updateAccessKeyStatus, deleteAccessKey]
    .filter((op) => op.kind === "write")
    .map((op) => op.action);
  return [...new Set(writes)].sort();
}
