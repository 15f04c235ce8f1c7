import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/console/money";
import { readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { listOrders } from "@/lib/server/operations/list-orders";
import { RefundComputationText } from "@/components/renewal/refund-computation";

const ID_PATTERN = /^pc-[a-z0-9]{1,40}$/;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("refund"))("title") };
}

/** Where deleting a shared port still inside its paid period leads: the refund of the unused part. */
export default async function RefundPage({
  params,
}: {
  params: Promise<{ region: string; portId: string }>;
}) {
  const { region, portId } = await params;
  if (!ID_PATTERN.test(portId)) notFound();
  const path = `/${region}/orders/refunds/${portId}`;
  // listOrders shows only the caller's own orders, so another account's refund is not found here.
  const ctx = await pageContext(path);
  const result = await readForPage(ctx, listOrders, { hostedConnectionIds: [portId], pageSize: 50 });
  const lines = result.items.flatMap((order) => order.refunds.map((refund) => ({ order, refund })));
  if (lines.length === 0) notFound();
  const t = await getTranslations("refund");
  const tr = await getTranslations("renewal");
  const format = await getFormatter();
  const currency = lines[0]?.refund.currency ?? "CNY";
  const total = lines.reduce((sum, { refund }) => sum + refund.amountCents, 0);
  const name = result.items[0]?.hostedConnectionName;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-slate-500">
        <Link href={`/${region}/orders`} className="hover:underline">
          {t("backToOrders")}
        </Link>{" "}
        / {t("title")}
      </nav>
      <div className="mb-4 flex items-center gap-3">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <StatusBadge tone="success">{t("complete")}</StatusBadge>
      </div>
      <section aria-labelledby="refund-summary" className="mb-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="refund-summary" className="mb-2 font-semibold">
          {t("unsubscribed")}
        </h2>
        <p className="mb-3">{t("body", { id: portId, name: name ?? portId })}</p>
        <p>
          {t("amount")}:{" "}
          <strong className="text-lg text-brand-700">{formatMoney(format, total, currency)}</strong>
        </p>
        <p className="mt-2 text-xs text-slate-500">{t("policy")}</p>
        <p className="mt-1 text-xs text-slate-500">{tr("refundRule")}</p>
      </section>
      <Table label={t("table")}>
        <thead>
          <tr>
            <Th>{t("columns.refundId")}</Th>
            <Th>{t("columns.orderId")}</Th>
            <Th>{t("columns.paid")}</Th>
            <Th>{tr("computation")}</Th>
            <Th>{t("columns.refunded")}</Th>
            <Th>{t("columns.time")}</Th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ order, refund }) => (
            <tr key={refund.refundId}>
              <Td className="font-mono">{refund.refundId}</Td>
              <Td className="font-mono">{order.orderId}</Td>
              <Td>{formatMoney(format, order.amountCents, order.currency)}</Td>
              <Td>
                <RefundComputationText refund={refund} />
              </Td>
              <Td>{formatMoney(format, refund.amountCents, refund.currency)}</Td>
              <Td>
                <DateTime value={refund.createdAt} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
