import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CircuitDetail } from "@/components/partner/circuit-detail";
import { HostedConnectionDetail } from "@/components/physical-connection/hosted-connection-detail";
import { consoleProfile, readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";
import { describePhysicalConnections } from "@/lib/server/operations/describe-physical-connections";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";

export const metadata: Metadata = { title: "Physical Connection" };

const ID_PATTERN = /^pc-[a-z0-9]{1,40}$/;

/** A circuit for its partner, or a shared port for its tenant and for the partner whose circuit carries it. */
export default async function PhysicalConnectionDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region, id } = await params;
  if (!ID_PATTERN.test(id)) notFound();
  const path = `/${region}/physical-connection/${id}`;
  const ctx = await pageContext(path);
  const own = await readForPage(ctx, describePhysicalConnections, {
    regionId: region,
    filters: { physicalConnectionId: [id] },
  });
  const item = own.items[0];
  if (item?.productType === "PhysicalConnection") {
    return (
      <CircuitDetail
        ctx={ctx}
        circuit={item}
        region={region}
        searchParams={await searchParams}
        profile={await consoleProfile(ctx)}
      />
    );
  }
  const requested = (await searchParams).tab;
  const tab = requested === "log" || requested === "alerts" || requested === "monitoring" ? requested : "vbr";
  if (item?.productType === "VirtualPhysicalConnection")
    return <HostedConnectionDetail ctx={ctx} hc={item} region={region} highSpecAllowed={false} tab={tab} />;
  if (own.callerRole === "partner") {
    const onMyCircuits = await readForPage(ctx, listVirtualPhysicalConnections, {
      regionId: region,
      virtualPhysicalConnectionIds: [id],
    });
    const hc = onMyCircuits.items[0];
    if (hc) {
      const { highSpecAllowed } = await consoleProfile(ctx);
      return (
        <HostedConnectionDetail
          ctx={ctx}
          hc={hc}
          region={region}
          highSpecAllowed={highSpecAllowed}
          tab={tab}
        />
      );
    }
  }
  notFound();
}
