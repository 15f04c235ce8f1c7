// What one side of a shared port learns when the other side acts on it, through the notification centre.
import { eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { accounts, type Circuit, type HostedConnection } from "../../../db/schema";
import { type NotificationKind, notify } from "../notifications/notify";
import type { Tx } from "./context";

type Port = Pick<HostedConnection, "id" | "name" | "tenantUid">;

export async function accountName(tx: Tx, uid: string): Promise<string> {
  return (
    (await first(tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.uid, uid))))?.name ?? uid
  );
}

/**
 * Tells the port's partner (the circuit's owner) or its tenant what the other did. The sentence names the
 * actor ({tenant} or {partner}) and the port ({resource}: its name, else its ID).
 */
export async function notifyPortParty(
  tx: Tx,
  port: Port,
  circuit: Pick<Circuit, "ownerUid">,
  to: "partner" | "tenant",
  kind: NotificationKind,
  at: Date,
  params: Record<string, string | number> = {},
): Promise<void> {
  const actor: Record<string, string> =
    to === "partner"
      ? { tenant: await accountName(tx, port.tenantUid) }
      : { partner: await accountName(tx, circuit.ownerUid) };
  await notify(tx, {
    accountUid: to === "partner" ? circuit.ownerUid : port.tenantUid,
    kind,
    resource: { type: "hosted_connection", id: port.id },
    params: { resource: port.name ?? port.id, ...actor, ...params },
    at,
  });
}
