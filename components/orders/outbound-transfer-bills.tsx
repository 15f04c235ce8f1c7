import { getFormatter, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/console/money";
import { formatScaled } from "@/lib/console/traffic-units";
import type { ListOutboundTransferBillsOutput } from "@/lib/server/operations/list-outbound-transfer-bills";
import { OutboundBillingSwitch } from "./outbound-billing-switch";

/** Outbound data transfer on the Orders page: the account's switch and its monthly usage bills. */
export async function OutboundTransferBills({ bills }: { bills: ListOutboundTransferBillsOutput }) {
  const t = await getTranslations("outboundBilling");
  const format = await getFormatter();
  return (
    <section aria-labelledby="outbound-billing-heading" className="mt-8 space-y-3">
      <h2 id="outbound-billing-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-slate-500">{t("intro")}</p>
      <OutboundBillingSwitch enabled={bills.enabled} />
      <Table label={t("table")}>
        <thead>
          <tr>
            <Th>{t("columns.month")}</Th>
            <Th>{t("columns.resource")}</Th>
            <Th>{t("columns.bytes")}</Th>
            <Th>{t("columns.price")}</Th>
            <Th>{t("columns.amount")}</Th>
            <Th>{t("columns.createdAt")}</Th>
          </tr>
        </thead>
        <tbody>
          {bills.items.length === 0 ? (
            <EmptyRow colSpan={6}>{t("empty")}</EmptyRow>
          ) : (
            bills.items.map((bill) => (
              <tr key={bill.id} className="hover:bg-slate-50">
                <Td className="whitespace-nowrap">{bill.month}</Td>
                <Td>
                  <span className="font-mono whitespace-nowrap">{bill.hostedConnectionId}</span>
                  <span translate="no" className="block text-xs text-slate-500">
                    {bill.hostedConnectionName ?? t("unnamed")}
                  </span>
                </Td>
                <Td className="whitespace-nowrap">
                  {formatScaled(bill.bytesOut, "B")}
                  <span className="block text-xs text-slate-500">
                    {t("exactBytes", { bytes: format.number(bill.bytesOut) })}
                  </span>
                </Td>
                <Td className="whitespace-nowrap">
                  {t("perGb", { price: formatMoney(format, bill.centsPerGb, bill.currency) })}
                </Td>
                <Td className="whitespace-nowrap">{formatMoney(format, bill.amountCents, bill.currency)}</Td>
                <Td>
                  <DateTime value={bill.createdAt} />
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </section>
  );
}
