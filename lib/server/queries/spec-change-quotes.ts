import "server-only";
import type { Db } from "../../../db/client";
import { withTransaction } from "../../../db/transaction";
import { payerRole } from "../../domain/enums";
import { DEMO_PRICE_LIST } from "../../domain/billing";
import type { HostedConnectionDto } from "../operations/records";
import { specChangeAmountCents } from "../operations/payment";

/** Positive: what paying the change costs; negative: what a downgrade refunds. */
export type SpecChangeQuote = { amountCents: number; currency: string };

/**
 * What paying each paid port's pending bandwidth change costs its payer now, for the Pay dialogs of a
 * page. Only the caller's own charges: ports another account pays for get none.
 */
export function specChangeQuotes(
  db: Db,
  callerUid: string,
  hostedConnections: readonly HostedConnectionDto[],
  now: Date,
): Promise<Record<string, SpecChangeQuote>> {
  const payable = hostedConnections.filter(
    (hc) => hc.paid && hc.expectSpec !== null && payerUid(hc) === callerUid,
  );
  if (payable.length === 0) return Promise.resolve({});
  return withTransaction(db, "read", async (tx) => {
    const quotes: Record<string, SpecChangeQuote> = {};
    for (const hc of payable) {
      const amountCents = await specChangeAmountCents(
        tx,
        { id: hc.id, spec: hc.spec, expectSpec: hc.expectSpec! },
        now,
      );
      quotes[hc.id] = { amountCents, currency: DEMO_PRICE_LIST.currency };
    }
    return quotes;
  });
}

function payerUid(hc: HostedConnectionDto): string {
  return payerRole(hc.orderMode) === "partner" ? hc.partnerUid : hc.tenantUid;
}
