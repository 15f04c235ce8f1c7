// The audit trail of one resource, for the console's "Operation Log". Console only: not an API action.
import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { auditEvents } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { domainError } from "../../domain/errors";
import { regionIdSchema } from "../../inputs/ids";
import type { OperationContext } from "../operations/context";
import { describePhysicalConnections } from "../operations/describe-physical-connections";
import { describeVirtualBorderRouters } from "../operations/describe-virtual-border-routers";
import { pageNumberSchema } from "../operations/filters";
import { listVirtualPhysicalConnections } from "../operations/list-virtual-physical-connections";
import { runOperation } from "../operations/operation";
import type { CircuitDto } from "../operations/records";

export const AUDIT_TRAIL_PAGE_SIZE = 20;

const input = z.object({
  regionId: regionIdSchema,
  resourceId: z
    .string()
    .trim()
    .regex(/^(pc|vbr)-[a-z0-9]{1,40}$/),
  pageNumber: pageNumberSchema,
});

export type AuditTrailInput = z.input<typeof input>;

export type AuditTrailEntry = {
  id: number;
  at: string;
  /**
   * Who acted. The UID is given only when the caller already knows it from the resource: its own, or the
   * counterpart's shown on the resource (the tenant of a port or VBR for the partner, and the reverse).
   */
  actor: { kind: "self" | "counterpart" | "other" | "system"; uid: string | null };
  via: "console" | "api" | "system";
  /** Only the caller's own AccessKey IDs; another account's key is never shown. */
  accessKeyId: string | null;
  action: string;
  /** "Success" or the error code returned. */
  result: string;
  requestId: string;
};

export type AuditTrail = {
  resourceId: string;
  resourceType: "circuit" | "hosted_connection" | "vbr";
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: AuditTrailEntry[];
};

type VisibleResource = { type: AuditTrail["resourceType"]; parties: string[] };

/**
 * The audit events of one resource the caller may see, newest first, 20 a page. Visibility is decided by
 * the read operations the detail pages use, run as the caller: a shared port or a VBR for its tenant and
 * for the partner owning its circuit, a circuit for its owner. Anything else is "not found", exactly like
 * a resource that does not exist.
 */
export async function readAuditTrail(ctx: OperationContext, rawInput: unknown): Promise<AuditTrail> {
  const parsed = input.safeParse(rawInput);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join(".") || "input";
    throw domainError("InvalidParameter", { field, args: [field] });
  }
  const q = parsed.data;
  const resource = await visibleResource(ctx, q.regionId, q.resourceId);
  if (!resource) {
    throw q.resourceId.startsWith("vbr-")
      ? domainError("InvalidVbrId.NotFound#Records", { field: "resourceId" })
      : domainError("InvalidPhysicalConnectionId.NotFound#Records", { field: "resourceId" });
  }

  const where = eq(auditEvents.resourceId, q.resourceId);
  const { totalCount, rows } = await withTransaction(ctx.db, "read", async (tx) => ({
    totalCount: (await first(tx.select({ n: count() }).from(auditEvents).where(where)))?.n ?? 0,
    rows: await tx
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(AUDIT_TRAIL_PAGE_SIZE)
      .offset((q.pageNumber - 1) * AUDIT_TRAIL_PAGE_SIZE),
  }));
  const self = ctx.caller.accountUid;
  return {
    resourceId: q.resourceId,
    resourceType: resource.type,
    pageNumber: q.pageNumber,
    pageSize: AUDIT_TRAIL_PAGE_SIZE,
    totalCount,
    items: rows.map((row) => {
      const kind =
        row.via === "system" || row.actorUid === null
          ? ("system" as const)
          : row.actorUid === self
            ? ("self" as const)
            : resource.parties.includes(row.actorUid)
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
        result: row.result,
        requestId: row.requestId,
      };
    }),
  };
}

/** Asks the read operations, as the caller, whether it may see the resource and who its parties are. */
async function visibleResource(
  ctx: OperationContext,
  regionId: string,
  id: string,
): Promise<VisibleResource | null> {
  if (id.startsWith("vbr-")) {
    const vbrs = await runOperation(describeVirtualBorderRouters, ctx, {
      regionId,
      includeCrossAccountVbr: true,
      filters: { vbrId: [id] },
    });
    const vbr = vbrs.items.find((item) => item.id === id);
    return vbr ? { type: "vbr", parties: [vbr.ownerUid, vbr.circuitOwnerUid] } : null;
  }
  // Deleted ports too (declined and lapsed offers among them): their history stays readable.
  const ports = await runOperation(listVirtualPhysicalConnections, ctx, {
    regionId,
    virtualPhysicalConnectionIds: [id],
    vpconnStatuses: ["UnConfirmed", "Confirmed", "Deleted"],
  });
  const port = ports.items.find((item) => item.id === id);
  if (port) return { type: "hosted_connection", parties: [port.tenantUid, port.partnerUid] };
  const circuits = await runOperation(describePhysicalConnections, ctx, {
    regionId,
    filters: { physicalConnectionId: [id] },
  });
  const circuit = circuits.items.find(
    (item): item is CircuitDto => item.id === id && item.productType === "PhysicalConnection",
  );
  return circuit ? { type: "circuit", parties: [circuit.ownerUid] } : null;
}
