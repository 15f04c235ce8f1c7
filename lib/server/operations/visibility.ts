// Whether an account may see a resource it named: the parties of a shared port or VBR (its tenant and the
// owner of its circuit), the owner of a circuit, the payer of an order, the holder of a key. The audit
// trail records a refused call on a resource only for them, so no account can write into another's log.
// The same parties are copied into every event on the resource: they are whose Operation Log it is in.
import { eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import {
  accessKeys,
  accounts,
  alertRules,
  circuits,
  hostedConnections,
  orders,
  privilegeApplications,
  resourceGroups,
  vbrs,
} from "../../../db/schema";
import type { Tx } from "./context";

export type ResourceRef = { type: string; id: string };

export async function maySee(tx: Tx, accountUid: string, resource: ResourceRef): Promise<boolean> {
  const account = await first(
    tx.select({ type: accounts.type }).from(accounts).where(eq(accounts.uid, accountUid)),
  );
  // A RAM user acts on nothing in this console, an unknown account on nothing at all.
  if (account?.type !== "primary") return false;
  const scope = await auditScopeOf(tx, resource);
  return scope.ownerUid === accountUid || scope.partnerUid === accountUid;
}

/** Whose log an event on the resource belongs in, besides its actor's (see auditEvents in db/schema-sqlite.ts). */
export type AuditScope = { ownerUid: string | null; partnerUid: string | null; circuitId: string | null };

const NO_SCOPE: AuditScope = { ownerUid: null, partnerUid: null, circuitId: null };

export async function auditScopeOf(tx: Tx, { type, id }: ResourceRef): Promise<AuditScope> {
  switch (type) {
    case "hosted_connection": {
      const row = await first(
        tx
          .select({
            ownerUid: hostedConnections.tenantUid,
            partnerUid: circuits.ownerUid,
            circuitId: circuits.id,
          })
          .from(hostedConnections)
          .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
          .where(eq(hostedConnections.id, id)),
      );
      return row ?? NO_SCOPE;
    }
    case "vbr": {
      const row = await first(
        tx
          .select({ ownerUid: vbrs.ownerUid, partnerUid: circuits.ownerUid, circuitId: circuits.id })
          .from(vbrs)
          .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
          .where(eq(vbrs.id, id)),
      );
      return row ?? NO_SCOPE;
    }
    case "circuit": {
      const row = await first(
        tx.select({ uid: circuits.ownerUid }).from(circuits).where(eq(circuits.id, id)),
      );
      return row ? { ownerUid: row.uid, partnerUid: row.uid, circuitId: id } : NO_SCOPE;
    }
    case "order":
      return ownedBy(tx.select({ uid: orders.payerUid }).from(orders).where(eq(orders.id, id)));
    case "access_key":
      return ownedBy(tx.select({ uid: accessKeys.accountUid }).from(accessKeys).where(eq(accessKeys.id, id)));
    case "account":
      return ownedBy(tx.select({ uid: accounts.uid }).from(accounts).where(eq(accounts.uid, id)));
    case "resource_group":
      return ownedBy(
        tx.select({ uid: resourceGroups.accountUid }).from(resourceGroups).where(eq(resourceGroups.id, id)),
      );
    case "privilege_application":
      return ownedBy(
        tx
          .select({ uid: privilegeApplications.accountUid })
          .from(privilegeApplications)
          .where(eq(privilegeApplications.id, id)),
      );
    case "alert_rule":
      return ownedBy(tx.select({ uid: alertRules.ownerUid }).from(alertRules).where(eq(alertRules.id, id)));
    default:
      return NO_SCOPE;
  }
}

async function ownedBy(query: PromiseLike<Array<{ uid: string }>>): Promise<AuditScope> {
  const row = await first(query);
  return row ? { ...NO_SCOPE, ownerUid: row.uid } : NO_SCOPE;
}
