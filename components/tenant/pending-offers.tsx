import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatSpec } from "@/lib/format";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { describePhysicalConnections } from "@/lib/server/operations/describe-physical-connections";
import type { HostedConnectionDto } from "@/lib/server/operations/records";

const SHOWN = 10;

/** Shared ports offered to the tenant and not accepted yet, newest first, with how long they have waited. */
export async function PendingOffers({ ctx, region }: { ctx: ConsoleContext; region: string }) {
  const t = await getTranslations("notifications");
  const to = await getTranslations("offers");
  const format = await getFormatter();
  const path = `/${region}/physical-connection`;
  const result = await readForPage(ctx, describePhysicalConnections, {
    regionId: region,
    consoleStatus: "pendingAcceptance",
    pageSize: SHOWN,
  });
  const offers = result.items.filter(
    (i): i is HostedConnectionDto => i.productType === "VirtualPhysicalConnection",
  );
  if (offers.length === 0) return null;
  return (
    <section
      aria-labelledby="pending-offers-heading"
      className="mb-4 rounded border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <h2 id="pending-offers-heading" className="font-semibold">
        {t("pendingOffers", { count: result.totalCount })}
      </h2>
      <p className="mb-2 text-amber-900">{t("pendingOffersHint")}</p>
      <ul className="space-y-1">
        {offers.map((hc) => (
          <li key={hc.id}>
            <Link href={`${path}/${hc.id}`} className="font-mono text-brand-700 hover:underline">
              {hc.name ?? hc.id}
            </Link>{" "}
            {t("offer", {
              partner: hc.partnerName,
              circuit: hc.circuitName,
              vlan: String(hc.vlanId ?? "—"),
              bandwidth: formatSpec(hc.spec),
            })}{" "}
            <time dateTime={hc.createdAt} className="text-amber-800">
              {t("offered", { age: format.relativeTime(new Date(hc.createdAt), ctx.now) })}
            </time>
            {hc.offerExpiresAt ? (
              <time dateTime={hc.offerExpiresAt} className="text-amber-800">
                {to("lapsesIn", { age: format.relativeTime(new Date(hc.offerExpiresAt), ctx.now) })}
              </time>
            ) : null}
          </li>
        ))}
      </ul>
      {result.totalCount > offers.length ? (
        <Link
          href={`${path}?status=pendingAcceptance`}
          className="mt-2 inline-block text-brand-700 hover:underline"
        >
          {t("allOffers", { count: result.totalCount })}
        </Link>
      ) : null}
    </section>
  );
}
