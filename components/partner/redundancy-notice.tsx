import { getLocale, getTranslations } from "next-intl/server";
import { accessPointsWithoutRedundancy } from "@/lib/domain/redundancy";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { describePhysicalConnections } from "@/lib/server/operations/describe-physical-connections";
import type { CircuitDto } from "@/lib/server/operations/records";

/**
 * Warns the partner where an access point of the region has no Enabled circuit at another access point
 * to pair with, whatever page or filter the list shows. One page of 50 Enabled circuits is enough to
 * see two access points wherever there are two.
 */
export async function RedundancyNotice({ ctx, region }: { ctx: ConsoleContext; region: string }) {
  const enabled = (
    await readForPage(ctx, describePhysicalConnections, {
      regionId: region,
      pageSize: 50,
      filters: { status: ["Enabled"] },
    })
  ).items.filter((i): i is CircuitDto => i.productType === "PhysicalConnection");
  const lacking = accessPointsWithoutRedundancy(
    enabled.map((c) => ({ accessPointId: c.accessPointId, enabled: c.status === "Enabled" })),
  );
  if (lacking.length === 0) return null;
  const t = await getTranslations("planning");
  const zh = (await getLocale()) === "zh-CN";
  const names = lacking.map((id) => {
    const circuit = enabled.find((c) => c.accessPointId === id);
    return (zh ? circuit?.accessPointNameZh : circuit?.accessPointName) ?? id;
  });
  return (
    <p role="note" className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">
      {t("noRedundancy", { accessPoint: names.join(", ") })}
    </p>
  );
}
