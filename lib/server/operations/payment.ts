// Orders for a shared port's usage fee: what the payer buys, and what paying it does to the port.
import { and, desc, eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { type HostedConnection, hostedConnections, type Order, orders } from "../../../db/schema";
import {
  DEMO_PRICE_LIST,
  orderAmountCents,
  type PricingCycle,
  periodEnd,
  upgradeAmountCents,
} from "../../domain/billing";
import type { Spec } from "../../domain/enums";
import { checkOrderPayable, pay, payExpectSpec } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
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
  const amountCents = await specChangeAmountCents(tx, { ...hc, expectSpec }, now, paid);
  return { type: "upgrade", spec: expectSpec, term: paid, amountCents, currency };
}

/**
 * What paying a paid port's pending ExpectSpec costs now: the price difference of its paid term for the
 * rest of the period. The Pay dialog shows it, and the order charges it (or less, a moment later).
 */
export async function specChangeAmountCents(
  tx: Tx,
  hc: Pick<HostedConnection, "id" | "spec" | "enabledAt" | "endTime"> & { expectSpec: Spec },
  now: Date,
  term?: Term,
): Promise<number> {
  const paid = term ?? (await paidTerm(tx, hc.id));
  const window = { from: hc.enabledAt ?? now, until: hc.endTime ?? now };
  return upgradeAmountCents(hc.spec, hc.expectSpec, paid, window, now);
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
    const enabled = patch.status === "Enabled";
    await tx
      .update(hostedConnections)
      .set({
        ...patch,
        spec: order.spec,
        expectSpec: pending,
        ...(enabled ? { enabledAt: now, endTime: periodEnd(now, order.period, order.pricingCycle) } : {}),
      })
      .where(eq(hostedConnections.id, hc.id));
  } else {
    await tx
      .update(hostedConnections)
      .set({ spec: order.spec, expectSpec: null })
      .where(eq(hostedConnections.id, hc.id));
  }
  await tx.update(orders).set({ status: "paid", paidAt: now }).where(eq(orders.id, order.id));
  if (access.role === "tenant") {
    await notifyPortParty(tx, hc, access.circuit, "partner", "offerPaid", now, {
      payer: await accountName(tx, hc.tenantUid),
    });
  }
}

/** A newer order replaces the unpaid ones, and a deleted port cancels its own. */
export async function cancelUnpaidOrders(tx: Tx, hostedConnectionId: string): Promise<void> {
  await tx
    .update(orders)
    .set({ status: "cancelled" })
    .where(and(eq(orders.hostedConnectionId, hostedConnectionId), eq(orders.status, "unpaid")));
}
