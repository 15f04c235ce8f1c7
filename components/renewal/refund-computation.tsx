import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/console/money";
import { formatSpec } from "@/lib/format";
import type { RefundLineDto } from "@/lib/server/operations/list-orders";

const DAY_MS = 24 * 60 * 60 * 1000;
// Days with two decimals: enough to follow the arithmetic, which itself runs to the millisecond.
const days = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;

/** How one refund was worked out, by the rule in lib/domain/billing.ts, in a sentence. */
export async function RefundComputationText({ refund }: { refund: RefundLineDto }) {
  const t = await getTranslations("renewal");
  const format = await getFormatter();
  const c = refund.computation;
  if (c === null) return <>{t("computationNeverLive")}</>;
  if (c.rule === "specChange") {
    return <>{t("computationSpecChange", { from: formatSpec(c.from), to: formatSpec(c.to) })}</>;
  }
  return (
    <>
      {t("computationUnusedTerm", {
        spec: formatSpec(c.spec),
        value: formatMoney(format, c.valueCents, refund.currency),
        left: format.number(days(c.leftMs)),
        total: format.number(days(c.totalMs)),
      })}
    </>
  );
}
