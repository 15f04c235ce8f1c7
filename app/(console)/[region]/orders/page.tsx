import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrdersTable } from "@/components/orders/orders-table";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { Pagination } from "@/components/ui/pagination";
import { listQuery } from "@/lib/console/list-query";
import { consoleProfile, readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { listOrders } from "@/lib/server/operations/list-orders";
import { OutboundTransferBills } from "@/components/orders/outbound-transfer-bills";
import { listOutboundTransferBills } from "@/lib/server/operations/list-outbound-transfer-bills";

const PAGE_SIZE = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** Every account's own orders (as payer), newest first, paged on the server; listOrders scopes them. */
export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region } = await params;
  const path = `/${region}/orders`;
  const { page } = listQuery(await searchParams);
  const ctx = await pageContext(path);
  const result = await readForPage(ctx, listOrders, { pageNumber: page, pageSize: PAGE_SIZE });
  const t = await getTranslations("orders");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <div className="mt-1 mb-4 flex flex-wrap items-start justify-between gap-3">
        <p className="text-slate-500">{t("intro")}</p>
        <ExportCsvLink href="/api/console/export/orders" />
      </div>
      <OrdersTable orders={result.items} region={region} now={ctx.now} />
      <Pagination total={result.totalCount} page={page} pageSize={PAGE_SIZE} basePath={path} query={{}} />
      {/* Outbound data transfer is the tenant's fee: a partner's account has neither bills nor the switch. */}
      {(await consoleProfile(ctx)).isPartner ? null : (
        <OutboundTransferBills bills={await readForPage(ctx, listOutboundTransferBills, { pageSize: 50 })} />
      )}
    </>
  );
}
