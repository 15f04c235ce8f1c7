// The row every call leaves in the audit trail: who called, through what, which action, on what, and how
// it ended ("Success" or the error code returned).
import type { OperationContext } from "./context";
import type { AuditScope, ResourceRef } from "./visibility";

export function auditRow(
  action: string,
  ctx: OperationContext,
  resource: ResourceRef | undefined,
  result: string,
  scope?: AuditScope,
) {
  return {
    at: ctx.now,
    actorUid: ctx.caller.accountUid,
    actorUserId: ctx.caller.userId ?? null,
    accessKeyId: ctx.caller.accessKeyId ?? null,
    via: ctx.caller.via,
    action,
    resourceType: resource?.type ?? null,
    resourceId: resource?.id ?? null,
    ownerUid: scope?.ownerUid ?? null,
    partnerUid: scope?.partnerUid ?? null,
    circuitId: scope?.circuitId ?? null,
    result,
    requestId: ctx.requestId,
    // A RAM user acts in its primary account's name: the trail says which RAM user it was.
    details: ctx.caller.ramUid ? { ramUid: ctx.caller.ramUid } : null,
  };
}
