// Orders for a shared port's usage fee: what the payer buys, and what paying it does to the port.
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { first } from "../../../db/rows";
import { type HostedConnection, hostedConnections, type Order, orders, refunds } from "../../../db/schema";
import {
  DEMO_PRICE_LIST,
  orderAmountCents,
  type PaidTerm,
  type PricingCycle,
  periodEnd,
  specChangeCents,
} from "../../domain/billing";
import type { Spec } from "../../domain/enums";
import { checkOrderPayable, pay, payExpectSpec } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { newRefundId } from "../ids";
import { assertPortFits } from "./circuit-usage";
import type { Tx } from "./context";
import type { HostedConnectionAccess } from "./loaders";
import { lockCircuit } from "./locks";
import { accountName, notifyPortParty } from "./port-notifications";
import { hostedConnectionStateOf } from "./states";

export type Term = { period: number; cycle: PricingCycle };

export type Quote = {
  type: "new" | "upgrade";
  spec: Spec;
  term: Term;
  amountCents: number;
  currency: string;
};

function stateOf(access: HostedConnectionAccess) {
  return hostedConnectionStateOf(access.hc, access.vbr !== null);
}

/** The term of the port's paid first order; a port without one (demo data) counts as one month. */
export async function paidTerm(tx: Tx, hostedConnectionId: string): Promise<Term> {
  const order = await first(
    tx
      .select({ period: orders.period, cycle: orders.pricingCycle })
      .from(orders)
      .where(
        and(
          eq(orders.hostedConnectionId, hostedConnectionId),
          eq(orders.type, "new"),
          eq(orders.status, "paid"),
        ),
      )
      .orderBy(desc(orders.paidAt))
      .limit(1),
  );
  return order ?? { period: 1, cycle: "Month" };
}

/**
 * What the caller would buy: the first period of an unpaid port (at its ExpectSpec if one is pending), or,
 * on a port already paid for, the pending ExpectSpec for the rest of the paid period.
 */
export async function quote(tx: Tx, access: HostedConnectionAccess, term: Term, now: Date): Promise<Quote> {
  const { hc } = access;
  const currency = DEMO_PRICE_LIST.currency;
  if (!hc.paid) {
    unwrap(pay(stateOf(access), access.role));
    const spec = hc.expectSpec ?? hc.spec;
    return {
      type: "new",
      spec,
      term,
      amountCents: orderAmountCents(spec, term.period, term.cycle),
      currency,
    };
  }
  unwrap(payExpectSpec(stateOf(access), access.role));
  const expectSpec = hc.expectSpec as Spec;
  const paid = await paidTerm(tx, hc.id);
  // A downgrade costs nothing to order; paying it refunds the difference (completePayment).
  const amountCents = Math.max(0, await specChangeAmountCents(tx, { ...hc, expectSpec }, now));
  return { type: "upgrade", spec: expectSpec, term: paid, amountCents, currency };
}

/** Every paid term of a port whose window started to be counted (first period, renewals), oldest first. */
export async function paidTerms(
  tx: Tx,
  hostedConnectionId: string,
): Promise<(PaidTerm & { orderId: string })[]> {
  const rows = await tx
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.hostedConnectionId, hostedConnectionId),
        eq(orders.status, "paid"),
        inArray(orders.type, ["new", "renew"]),
        isNotNull(orders.serviceFrom),
      ),
    )
    .orderBy(orders.serviceFrom);
  return rows.map((order) => ({
    orderId: order.id,
    term: { period: order.period, cycle: order.pricingCycle },
    window: { from: order.serviceFrom as Date, until: order.serviceUntil as Date },
  }));
}

/**
 * What paying a paid port's pending ExpectSpec comes to now, over every paid term (specChangeCents):
 * positive is charged, negative (a downgrade) refunded. The Pay dialog shows it; the order charges it.
 */
export async function specChangeAmountCents(
  tx: Tx,
  hc: Pick<HostedConnection, "id" | "spec"> & { expectSpec: Spec },
  now: Date,
): Promise<number> {
  return specChangeCents(hc.spec, hc.expectSpec, await paidTerms(tx, hc.id), now);
}

/** The first period starts when the port goes live: the port's expiry and its "new" order's window. */
export async function startFirstPeriod(
  tx: Tx,
  order: Pick<Order, "id" | "period" | "pricingCycle">,
  now: Date,
): Promise<{ enabledAt: Date; endTime: Date }> {
  const endTime = periodEnd(now, order.period, order.pricingCycle);
  await tx.update(orders).set({ serviceFrom: now, serviceUntil: endTime }).where(eq(orders.id, order.id));
  return { enabledAt: now, endTime };
}

/**
 * Pays an unpaid order: the port moves as lib/domain says, and its period starts once it is Enabled. The
 * bandwidth it makes live must still fit the circuit, checked under the circuit's lock.
 */
export async function completePayment(
  tx: Tx,
  order: Order,
  access: HostedConnectionAccess,
  now: Date,
): Promise<void> {
  const { hc } = access;
  const patch = unwrap(checkOrderPayable(stateOf(access), access.role, order));
  await lockCircuit(tx, access.circuit.id);
  const pending = hc.expectSpec === order.spec ? null : hc.expectSpec;
  await assertPortFits(tx, access.circuit, { id: hc.id, spec: order.spec, expectSpec: pending });
  if (order.type === "new") {
    const started = patch.status === "Enabled" ? await startFirstPeriod(tx, order, now) : {};
    await tx
      .update(hostedConnections)
      .set({ ...patch, spec: order.spec, expectSpec: pending, ...started })
      .where(eq(hostedConnections.id, hc.id));
  } else {
    await refundDowngrade(tx, order, hc, now);
    await tx
      .update(hostedConnections)
      .set({ spec: order.spec, expectSpec: null })
      .where(eq(hostedConnections.id, hc.id));
    await tx
      .update(orders)
      .set({ serviceFrom: now, serviceUntil: hc.endTime })
      .where(eq(orders.id, order.id));
  }
  await tx.update(orders).set({ status: "paid", paidAt: now }).where(eq(orders.id, order.id));
  if (access.role === "tenant") {
    await notifyPortParty(tx, hc, access.circuit, "partner", "offerPaid", now, {
      payer: await accountName(tx, hc.tenantUid),
    });
  }
}

/** A smaller bandwidth paid mid-period gives back the price difference for what is left of each term. */
async function refundDowngrade(tx: Tx, order: Order, hc: HostedConnection, now: Date): Promise<void> {
  const amountCents = -(await specChangeAmountCents(
    tx,
    { id: hc.id, spec: hc.spec, expectSpec: order.spec },
    now,
  ));
  if (amountCents <= 0) return;
  await tx.insert(refunds).values({
    id: newRefundId(),
    orderId: order.id,
    payerUid: order.payerUid,
    hostedConnectionId: hc.id,
    amountCents,
    currency: order.currency,
    computation: { rule: "specChange", from: hc.spec, to: order.spec },
    createdAt: now,
  });
}

/** A newer order replaces the unpaid ones, and a deleted port cancels its own. */
export async function cancelUnpaidOrders(tx: Tx, hostedConnectionId: string): Promise<void> {
  await tx
    .update(orders)
    .set({ status: "cancelled" })
    .where(and(eq(orders.hostedConnectionId, hostedConnectionId), eq(orders.status, "unpaid")));
}
