import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { formatMbps } from "@/lib/format";
import type { CircuitPlanDto } from "@/lib/server/operations/describe-circuit-plan";
import { CapacityBar } from "./circuit-planning";
import { DeleteVlanReservation, ReserveVlans } from "./vlan-reservations";

/** The circuit's capacity as committed (ports in service), pending (offers, unpaid increases) and free. */
export async function CircuitCapacity({ plan }: { plan: CircuitPlanDto }) {
  const t = await getTranslations("planning");
  const { capacity } = plan;
  return (
    <section aria-labelledby="circuit-capacity" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="circuit-capacity" className="mb-2 font-medium">
        {t("capacityTitle", { total: formatMbps(capacity.capacityMbps) })}
      </h2>
      <dl className="grid grid-cols-3 gap-4 md:max-w-xl">
        {(
          [
            ["committed", capacity.committedMbps, "bg-brand-600"],
            ["pending", capacity.pendingMbps, "bg-amber-400"],
            ["free", capacity.freeMbps, "bg-slate-200"],
          ] as const
        ).map(([key, mbps, swatch]) => (
          <div key={key}>
            <dt className="flex items-center gap-1.5 text-slate-500">
              <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-sm ${swatch}`} />
              {t(key)}
            </dt>
            <dd className="font-medium">{formatMbps(mbps)}</dd>
          </div>
        ))}
      </dl>
      <div className="md:max-w-xl">
        <CapacityBar plan={capacity} />
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("capacityHint")}</p>
    </section>
  );
}

/** The VLAN map: 1-2999 as used (by what), reserved (for whom) and free ranges; VLAN 0 explained; searchable. */
export async function VlanMap({ plan, region, q }: { plan: CircuitPlanDto; region: string; q: string }) {
  const t = await getTranslations("planning");
  const tl = await getTranslations("list");
  const tPort = await getTranslations("circuitStatus");
  const tVbr = await getTranslations("vbrStatus");
  const statusOf = (v: CircuitPlanDto["vlans"][number]) => {
    const labels = v.portId ? tPort : tVbr;
    return v.status && labels.has(v.status) ? labels(v.status as never) : v.status;
  };
  const query = q.trim().toLowerCase();
  const asVlan = /^\d{1,4}$/.test(query) ? Number(query) : null;
  const matches = (...texts: Array<string | number | null>) =>
    !query || texts.some((text) => text !== null && String(text).toLowerCase().includes(query));
  const used = plan.vlans.filter((v) =>
    asVlan !== null
      ? v.vlanId === asVlan
      : matches(v.vlanId, v.portId, v.portName, v.vbrId, v.vbrName, v.tenantUid),
  );
  const inRange = (r: { fromVlan: number; toVlan: number }) =>
    asVlan !== null ? asVlan >= r.fromVlan && asVlan <= r.toVlan : matches(r.fromVlan, r.toVlan);
  const reservations = plan.reservations.filter(
    (r) => inRange(r) || (asVlan === null && matches(r.tenantUid)),
  );
  const free = plan.freeRanges.filter((r) => asVlan === null || inRange(r));
  const range = (r: { fromVlan: number; toVlan: number }) =>
    r.fromVlan === r.toVlan ? String(r.fromVlan) : `${r.fromVlan}-${r.toVlan}`;
  const verdict =
    asVlan === null
      ? null
      : used.length > 0
        ? t("searchUsed", { vlan: asVlan })
        : reservations.length > 0
          ? t("searchReserved", { vlan: asVlan })
          : free.length > 0
            ? t("searchFree", { vlan: asVlan })
            : t("searchOutside", { vlan: asVlan });

  return (
    <>
      <p className="mb-3 rounded bg-slate-50 px-3 py-2 text-slate-700">{t("vlanZero")}</p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ListToolbar
          placeholder={t("searchPlaceholder")}
          q={q}
          status=""
          statusOptions={[]}
          extra={{ tab: "vlans" }}
        />
        <ReserveVlans regionId={region} circuitId={plan.id} />
      </div>
      {verdict ? (
        <p role="status" className="mb-3 font-medium">
          {verdict}
        </p>
      ) : null}
      <h2 className="mb-2 font-medium">{t("usedTitle", { count: plan.vlans.length })}</h2>
      <Table label={t("usedTable")}>
        <thead>
          <tr>
            <Th>{t("vlan")}</Th>
            <Th>{t("usedBy")}</Th>
            <Th>{t("tenant")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        </thead>
        <tbody>
          {used.length === 0 ? (
            <EmptyRow colSpan={4}>{query ? tl("emptyFiltered") : t("noneUsed")}</EmptyRow>
          ) : (
            used.map((v) => (
              <tr key={v.vlanId} className="border-b border-slate-100">
                <Td className="font-mono">{v.vlanId}</Td>
                <Td>
                  {v.portId ? (
                    <Link
                      href={`/${region}/physical-connection/${v.portId}`}
                      className="text-brand-700 hover:underline"
                    >
                      {t("sharedPort", { name: v.portName ?? v.portId })}
                    </Link>
                  ) : null}
                  {v.vbrId ? (
                    <span className="block text-slate-600">{t("vbr", { name: v.vbrName ?? v.vbrId })}</span>
                  ) : null}
                </Td>
                <Td className="font-mono">{v.tenantUid}</Td>
                <Td>{statusOf(v)}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <h2 className="mt-6 mb-2 font-medium">{t("reservedTitle")}</h2>
      <Table label={t("reservedTable")}>
        <thead>
          <tr>
            <Th>{t("range")}</Th>
            <Th>{t("keptFor")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {reservations.length === 0 ? (
            <EmptyRow colSpan={3}>{query ? tl("emptyFiltered") : t("noneReserved")}</EmptyRow>
          ) : (
            reservations.map((r) => (
              <tr key={r.id} className="border-b border-slate-100">
                <Td className="font-mono">{range(r)}</Td>
                <Td>{r.tenantUid ? t("keptForTenant", { uid: r.tenantUid }) : t("keptForSelf")}</Td>
                <Td>
                  <DeleteVlanReservation
                    regionId={region}
                    circuitId={plan.id}
                    fromVlan={r.fromVlan}
                    toVlan={r.toVlan}
                  />
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <h2 id="free-vlans" className="mt-6 mb-2 font-medium">
        {t("freeTitle")}
      </h2>
      <p
        aria-labelledby="free-vlans"
        role="note"
        className="rounded border border-slate-200 bg-white p-3 font-mono text-xs leading-6"
      >
        {free.length === 0 ? t("noneFree") : free.map(range).join(", ")}
      </p>
    </>
  );
}
