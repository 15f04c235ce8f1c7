import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { otherRegionCounts } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { listRegions } from "@/lib/server/queries/account-profile";

/**
 * Where else the caller has circuits or shared ports, and offers waiting there: the list shows one
 * region at a time, and an offer in another must not go unseen.
 */
export async function OtherRegions({ ctx, region }: { ctx: ConsoleContext; region: string }) {
  const t = await getTranslations("physicalConnection");
  const locale = await getLocale();
  const regions = (await listRegions(ctx.db)).filter((r) => r.id !== region);
  const counts = await otherRegionCounts(
    ctx,
    regions.map((r) => r.id),
  );
  if (counts.length === 0) return null;
  return (
    <section
      aria-label={t("otherRegions")}
      className="mb-4 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sky-900"
    >
      {t("otherRegions")}:{" "}
      {counts.map(({ regionId, total, pending }, index) => {
        const row = regions.find((r) => r.id === regionId);
        const name = row ? (locale === "zh-CN" ? row.nameZh : row.nameEn) : regionId;
        return (
          <span key={regionId}>
            {index > 0 ? ", " : null}
            <Link href={`/${regionId}/physical-connection`} className="font-medium underline">
              {name}
            </Link>{" "}
            ({pending > 0 ? t("otherRegionPending", { total, pending }) : t("otherRegionTotal", { total })})
          </span>
        );
      })}
    </section>
  );
}
