// Offers nobody accepted before their expiry lapse: they end like a declined offer, and the partner hears.
import { and, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { auditEvents, circuits, hostedConnections } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { lapse } from "../../domain/hosted-connection-state";
import { newRequestId } from "../ids";
import type { Tx } from "../operations/context";
import { endOffer } from "../operations/end-offer";
import { lockCircuit } from "../operations/locks";
import { notifyPortParty } from "../operations/port-notifications";
import { hostedConnectionStateOf } from "../operations/states";

/** At most this many offers a run, each in its own transaction; the next run takes the rest. */
const BATCH = 100;

export const LAPSE_OFFER_ACTION = "LapseOffer";

/** Lapses every offer past its expiry; a second run finds nothing left to do. */
export async function lapseOffers(db: Db, now: Date): Promise<number> {
  const due = await withTransaction(db, "read", (tx) =>
    tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .where(
        and(
          sql`${hostedConnections.vpconnStatus} = 'UnConfirmed'`,
          lte(hostedConnections.offerExpiresAt, now),
        ),
      )
      .orderBy(hostedConnections.offerExpiresAt)
      .limit(BATCH),
  );
  let lapsed = 0;
  for (const { id } of due) {
    if (await withTransaction(db, "write", (tx) => lapseOne(tx, id, now))) lapsed += 1;
  }
  return lapsed;
}

async function lapseOne(tx: Tx, id: string, now: Date): Promise<boolean> {
  const row = await first(
    tx
      .select({ hc: hostedConnections, circuit: circuits })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(eq(hostedConnections.id, id)),
  );
  if (!row) return false;
  await lockCircuit(tx, row.circuit.id);
  // Read again under the lock: the tenant may have accepted or declined meanwhile.
  const hc = await first(tx.select().from(hostedConnections).where(eq(hostedConnections.id, id)));
  if (!hc) return false;
  const verdict = lapse(hostedConnectionStateOf(hc, false), hc.offerExpiresAt, now);
  if (!verdict.ok) return false;
  await endOffer(tx, hc, verdict.value, now, null);
  await notifyPortParty(tx, hc, row.circuit, "partner", "offerLapsed", now);
  await tx.insert(auditEvents).values({
    at: now,
    actorUid: null,
    via: "system",
    action: LAPSE_OFFER_ACTION,
    resourceType: "hosted_connection",
    resourceId: hc.id,
    result: "Success",
    requestId: newRequestId(),
  });
  return true;
}
