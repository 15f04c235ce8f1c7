import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/console/money";
import { formatSpec } from "@/lib/format";
import type { OrderDto } from "@/lib/server/operations/list-orders";
import { PayOrder } from "./pay-order";

const STATUS_TONE = { unpaid: "warning", paid: "success", cancelled: "neutral" } as const;

/** The caller's orders: what each bought, for how long, for how much, and what was refunded. */
export async function OrdersTable({ orders, region }: { orders: OrderDto[]; region: string }) {
  const t = await getTranslations("orders");
  const tp = await getTranslations("purchase");
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
          orders.map((order) => {
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
                  {tp(`periods.${order.pricingCycle}`, { count: order.period })}
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
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            );
          })
        )}
      </tbody>
    </Table>
  );
}
