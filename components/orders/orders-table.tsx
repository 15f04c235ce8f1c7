import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/console/money";
import { formatSpec } from "@/lib/format";
import type { OrderDto } from "@/lib/server/operations/list-orders";
import { RenewSharedPort } from "@/components/renewal/renew-shared-port";
import { payerRole } from "@/lib/domain/enums";
import { checkRenew } from "@/lib/domain/subscription";
import { availabilityOf } from "@/lib/server/console-availability";
import { PayOrder } from "./pay-order";

const STATUS_TONE = { unpaid: "warning", paid: "success", cancelled: "neutral" } as const;

/** The caller's orders: what each bought, for how long, for how much, and what was refunded. */
export async function OrdersTable({
  orders,
  region,
  now,
}: {
  orders: OrderDto[];
  region: string;
  now: Date;
}) {
  const t = await getTranslations("orders");
  const tp = await getTranslations("purchase");
  const tr = await getTranslations("renewal");
  const format = await getFormatter();
  return (
    <Table label={t("table")}>
      <thead>
        <tr>
          <Th>{t("columns.orderId")}</Th>
          <Th>{t("columns.resource")}</Th>
          <Th>{t("columns.type")}</Th>
          <Th>{t("columns.period")}</Th>
          <Th>{t("columns.amount")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.createdAt")}</Th>
          <Th>{t("columns.refund")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {orders.length === 0 ? (
          <EmptyRow colSpan={9}>{t("empty")}</EmptyRow>
        ) : (
          await Promise.all(
            orders.map(async (order) => {
              const amount = formatMoney(format, order.amountCents, order.currency);
              const refunded = order.refunds.reduce((sum, r) => sum + r.amountCents, 0);
              return (
                <tr key={order.orderId} className="hover:bg-slate-50">
                  <Td className="font-mono whitespace-nowrap">{order.orderId}</Td>
                  <Td>
                    <span className="font-mono whitespace-nowrap">{order.hostedConnectionId}</span>
                    <span className="block text-xs text-slate-500">
                      {order.hostedConnectionName ?? t("unnamed")} · {formatSpec(order.spec)}
                    </span>
                  </Td>
                  <Td>{t(`type.${order.type}`)}</Td>
                  <Td className="whitespace-nowrap">
                    {order.type === "upgrade"
                      ? tr("restOfPeriod")
                      : tp(`periods.${order.pricingCycle}`, { count: order.period })}
                    {order.serviceFrom && order.serviceUntil ? (
                      <span className="block text-xs text-slate-500">
                        <DateTime value={order.serviceFrom} /> – <DateTime value={order.serviceUntil} />
                      </span>
                    ) : null}
                  </Td>
                  <Td className="whitespace-nowrap">{amount}</Td>
                  <Td>
                    <StatusBadge tone={STATUS_TONE[order.status]}>{t(`status.${order.status}`)}</StatusBadge>
                  </Td>
                  <Td>
                    <DateTime value={order.createdAt} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    {order.refunds.length > 0 ? (
                      <Link
                        href={`/${region}/orders/refunds/${order.hostedConnectionId}`}
                        className="text-brand-700 hover:underline"
                      >
                        {formatMoney(format, refunded, order.currency)}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td>
                    {order.status === "unpaid" ? (
                      <PayOrder order={{ id: order.orderId, amount, resource: order.hostedConnectionId }} />
                    ) : renewable(order) ? (
                      <RenewSharedPort
                        port={{
                          id: order.hostedConnectionId,
                          name: order.hostedConnectionName,
                          regionId: order.port.regionId,
                          spec: order.port.spec,
                          endTime: order.serviceUntil as string,
                        }}
                        disabledReason={await renewRefusal(order, now)}
                      />
                    ) : (
                      "—"
                    )}
                  </Td>
                </tr>
              );
            }),
          )
        )}
      </tbody>
    </Table>
  );
}

/** The order that bought a live port's current period is where Renew sits on this page. */
function renewable(order: OrderDto): boolean {
  const term = order.type === "new" || order.type === "renew";
  return term && order.status === "paid" && !order.port.deleted && order.serviceUntil === order.port.endTime;
}

async function renewRefusal(order: OrderDto, now: Date): Promise<string | undefined> {
  const port = { ...order.port, endTime: order.port.endTime ? new Date(order.port.endTime) : null };
  const availability = await availabilityOf(checkRenew(port, payerRole(order.port.orderMode), now));
  return availability.allowed ? undefined : availability.reason;
}
