// Whether an account may see a resource it named: the parties of a shared port or VBR (its tenant and the
// owner of its circuit), the owner of a circuit, the payer of an order, the holder of a key. The audit
// trail records a refused call on a resource only for them, so no account can write into another's log.
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
  const parties = await partiesOf(tx, resource);
  return parties.includes(accountUid);
}

async function partiesOf(tx: Tx, { type, id }: ResourceRef): Promise<string[]> {
  switch (type) {
    case "hosted_connection": {
      const row = await first(
        tx
          .select({ tenant: hostedConnections.tenantUid, partner: circuits.ownerUid })
          .from(hostedConnections)
          .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
          .where(eq(hostedConnections.id, id)),
      );
      return row ? [row.tenant, row.partner] : [];
    }
    case "vbr": {
      const row = await first(
        tx
          .select({ owner: vbrs.ownerUid, partner: circuits.ownerUid })
          .from(vbrs)
          .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
          .where(eq(vbrs.id, id)),
      );
      return row ? [row.owner, row.partner] : [];
    }
    case "circuit":
      return uidOf(tx.select({ uid: circuits.ownerUid }).from(circuits).where(eq(circuits.id, id)));
    case "order":
      return uidOf(tx.select({ uid: orders.payerUid }).from(orders).where(eq(orders.id, id)));
    case "access_key":
      return uidOf(tx.select({ uid: accessKeys.accountUid }).from(accessKeys).where(eq(accessKeys.id, id)));
    case "account":
      return uidOf(tx.select({ uid: accounts.uid }).from(accounts).where(eq(accounts.uid, id)));
    case "privilege_application":
      return uidOf(
        tx
          .select({ uid: privilegeApplications.accountUid })
          .from(privilegeApplications)
          .where(eq(privilegeApplications.id, id)),
      );
    case "alert_rule":
      return uidOf(tx.select({ uid: alertRules.ownerUid }).from(alertRules).where(eq(alertRules.id, id)));
    default:
      return [];
  }
}

async function uidOf(query: PromiseLike<Array<{ uid: string }>>): Promise<string[]> {
  const row = await first(query);
  return row ? [row.uid] : [];
}
