import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/console/money";
import { formatScaled } from "@/lib/console/traffic-units";
import type { PortTrafficDto } from "@/lib/server/monitoring/port-traffic";

/** A shared port's outbound data transfer so far this month and what it comes to at the demo price. */
export async function OutboundUsage({ usage }: { usage: PortTrafficDto | undefined }) {
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  if (!usage) return "—";
  return t("usageSoFar", {
    bytes: formatScaled(usage.bytesOutThisMonth, "B"),
    exact: format.number(usage.bytesOutThisMonth),
    amount: formatMoney(format, usage.amountCentsThisMonth, usage.currency),
    month: usage.month,
  });
}
