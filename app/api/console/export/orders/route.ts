import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/csv";
import { csvRows, everyPage, exportRoute } from "@/lib/server/csv-export";
import { runOperation } from "@/lib/server/operations";
import { listOrders } from "@/lib/server/operations/list-orders";

export const dynamic = "force-dynamic";

const PAGE = 50;

/** GET: every order the account paid or owes, newest first, as CSV; amounts in the currency's major unit. */
export async function GET(): Promise<Response> {
  return exportRoute(async (ctx) => {
    const t = await getTranslations("csv");
    const read = (pageNumber: number) =>
      runOperation(listOrders, ctx, { pageSize: PAGE, pageNumber }).then((page) => page.items);
    const first = await read(1);
    const pages = everyPage((n) => (n === 1 ? Promise.resolve(first) : read(n)), PAGE);
    return csvResponse(
      "orders.csv",
      [
        t("columns.orderId"),
        t("columns.id"),
        t("columns.name"),
        t("columns.orderType"),
        t("columns.spec"),
        t("columns.pricingCycle"),
        t("columns.period"),
        t("columns.amount"),
        t("columns.currency"),
        t("columns.orderStatus"),
        t("columns.createdAt"),
        t("columns.paidAt"),
      ],
      csvRows(pages, (o) => [
        o.orderId,
        o.hostedConnectionId,
        o.hostedConnectionName,
        o.type,
        o.spec,
        o.pricingCycle,
        o.period,
        // Integer cents written as an exact decimal, never through floating point.
        `${Math.trunc(o.amountCents / 100)}.${String(Math.abs(o.amountCents) % 100).padStart(2, "0")}`,
        o.currency,
        o.status,
        o.createdAt,
        o.paidAt,
      ]),
    );
  });
}
