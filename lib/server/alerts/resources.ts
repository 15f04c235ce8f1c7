// Which resources an account may keep alert rules on, and which rules are its own. Only the resource's
// owner side alerts on it: a tenant on its shared ports and VBRs, a partner on its circuits and the shared
// ports on them. Anything else is answered as a resource that does not exist.
import { and, eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { type AlertRule, alertRules, circuits, hostedConnections, vbrs } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import type { AlertResourceType } from "../../domain/alerts";
import { domainError } from "../../domain/errors";

export type AlertResource = { type: AlertResourceType; id: string; name: string | null };

/** The audit trail's and notifications' name for each resource type. */
export const AUDIT_RESOURCE_TYPE = {
  hostedConnection: "hosted_connection",
  vbr: "vbr",
  circuit: "circuit",
} as const satisfies Record<AlertResourceType, string>;

export async function loadAlertableResource(
  tx: Tx,
  accountUid: string,
  type: AlertResourceType,
  id: string,
): Promise<AlertResource> {
  const notFound = () => domainError("ResourceNotFound", { args: [id], field: "resourceId" });
  if (type === "hostedConnection") {
    const row = await first(
      tx
        .select({
          name: hostedConnections.name,
          tenant: hostedConnections.tenantUid,
          partner: circuits.ownerUid,
        })
        .from(hostedConnections)
        .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
        .where(eq(hostedConnections.id, id)),
    );
    if (!row || (row.tenant !== accountUid && row.partner !== accountUid)) throw notFound();
    return { type, id, name: row.name };
  }
  if (type === "vbr") {
    const row = await first(
      tx
        .select({ name: vbrs.name })
        .from(vbrs)
        .where(and(eq(vbrs.id, id), eq(vbrs.ownerUid, accountUid))),
    );
    if (!row) throw notFound();
    return { type, id, name: row.name };
  }
  const row = await first(
    tx
      .select({ name: circuits.name })
      .from(circuits)
      .where(and(eq(circuits.id, id), eq(circuits.ownerUid, accountUid))),
  );
  if (!row) throw notFound();
  return { type, id, name: row.name };
}

/** The caller's own rule; another account's is answered as one that does not exist. */
export async function loadOwnAlertRule(tx: Tx, accountUid: string, ruleId: string): Promise<AlertRule> {
  const rule = await first(
    tx
      .select()
      .from(alertRules)
      .where(and(eq(alertRules.id, ruleId), eq(alertRules.ownerUid, accountUid))),
  );
  if (!rule) throw domainError("ResourceNotFound", { args: [ruleId], field: "alertRuleId" });
  return rule;
}
