import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OperationLog } from "@/components/audit/operation-log";
import { StatusBadge } from "@/components/ui/status-badge";
import { hostedConnectionView, STATUS_TONE } from "@/lib/console/hosted-connection-view";
import { formatSpec } from "@/lib/format";
import { SettlePoller } from "@/components/console/settle-poller";
import { TenantVbrSection } from "@/components/tenant/vbr-section";
import { readForPage } from "@/lib/server/console";
import type { ConsoleContext } from "@/lib/server/console-context";
import { describeVirtualBorderRouters } from "@/lib/server/operations/describe-virtual-border-routers";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { CancelSpecChange, PaySpecChange } from "@/components/billing/spec-change";
import { sharedPortAvailability } from "@/lib/server/console-availability";
import { specChangeQuotes } from "@/lib/server/queries/spec-change-quotes";
import { VbrTable } from "./vbr-table";

export async function HostedConnectionDetail({
  ctx,
  hc,
  region,
}: {
  ctx: ConsoleContext;
  hc: HostedConnectionDto;
  region: string;
}) {
  const t = await getTranslations("hostedConnection");
  const ts = await getTranslations("hostedConnectionStatus");
  const tp = await getTranslations("constructionProcess");
  const tpay = await getTranslations("payer");
  const format = await getFormatter();
  const { now } = ctx;
  const view = hostedConnectionView(hc, now);
  const isTenant = ctx.caller.accountUid === hc.tenantUid;
  const ta = await getTranslations("acceptAndPay");
  const date = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "—";
  const vbrs = await readForPage(ctx, describeVirtualBorderRouters, {
    regionId: region,
    includeCrossAccountVbr: true,
    filters: { physicalConnectionId: [hc.id] },
  });
  const fields: Array<[string, React.ReactNode]> = [
    [
      t("id"),
      <span key="id" className="font-mono">
        {hc.id}
      </span>,
    ],
    [t("partner"), hc.partnerName],
    [t("circuit"), `${hc.circuitName} (${hc.circuitId})`],
    [
      t("tenant"),
      <span key="uid" className="font-mono">
        {hc.tenantUid}
      </span>,
    ],
    [t("vlanId"), hc.vlanId],
    [t("bandwidth"), formatSpec(hc.spec)],
    ...(hc.expectSpec
      ? ([[t("expectSpec"), formatSpec(hc.expectSpec)]] as Array<[string, React.ReactNode]>)
      : []),
    [t("payer"), tpay(hc.orderMode)],
    [t("constructionProcess"), tp(view.construction)],
    [t("createdAt"), date(hc.createdAt)],
    [t("enabledAt"), date(hc.enabledAt)],
    [t("expiresAt"), date(hc.endTime)],
  ];
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-slate-500">
        <Link href={`/${region}/physical-connection`} className="hover:underline">
          {t("backToList")}
        </Link>{" "}
        / <span className="font-mono">{hc.id}</span>
      </nav>
      <div className="mb-4 flex items-center gap-3">
        <h1 className="text-xl font-semibold">{hc.name ?? hc.id}</h1>
        <StatusBadge tone={STATUS_TONE[view.status]}>{ts(view.status)}</StatusBadge>
      </div>
      {isTenant && view.status === "waitingPayment" ? (
        <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-amber-900">
          {hc.orderMode === "PayByPhysicalConnectionOwner"
            ? ta("waitingPartnerPayment")
            : ta("waitingPayment")}
        </p>
      ) : null}
      {hc.paid && hc.expectSpec ? (
        <PendingChange
          ctx={ctx}
          hc={{ ...hc, expectSpec: hc.expectSpec }}
          region={region}
          isTenant={isTenant}
        />
      ) : null}
      <section
        aria-labelledby="details-heading"
        className="mb-6 rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="details-heading" className="mb-3 font-semibold">
          {t("details")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-3 md:grid-cols-3">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {isTenant ? (
        <TenantVbrSection hc={hc} vbrs={vbrs.items} callerUid={ctx.caller.accountUid} now={now} />
      ) : (
        <section aria-labelledby="vbr-heading">
          <h2 id="vbr-heading" className="mb-3 font-semibold">
            {t("vbrSection")}
          </h2>
          <VbrTable vbrs={vbrs.items} label={t("vbrTable")} empty={t("noVbr")} />
        </section>
      )}
      <SettlePoller
        region={region}
        physicalConnections={[{ id: hc.id, status: hc.status }]}
        vbrs={vbrs.items.map(({ id, status }) => ({ id, status }))}
      />
      <OperationLog region={region} resourceId={hc.id} />
    </>
  );
}

/** A requested bandwidth waiting for payment: both sides see it and may withdraw it; the payer pays. */
async function PendingChange({
  ctx,
  hc,
  region,
  isTenant,
}: {
  ctx: ConsoleContext;
  hc: HostedConnectionDto & { expectSpec: NonNullable<HostedConnectionDto["expectSpec"]> };
  region: string;
  isTenant: boolean;
}) {
  const t = await getTranslations("specChange");
  const tpay = await getTranslations("payer");
  const quote = (await specChangeQuotes(ctx.db, ctx.caller.accountUid, [hc], ctx.now))[hc.id];
  const availability = await sharedPortAvailability(hc, isTenant ? "tenant" : "partner", ctx.now);
  const port = { ...hc, regionId: region };
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 rounded bg-amber-50 px-3 py-2 text-amber-900"
    >
      <span>
        {t("detailPending", {
          to: formatSpec(hc.expectSpec),
          from: formatSpec(hc.spec),
          payer: tpay(hc.orderMode),
        })}
      </span>
      {quote ? (
        <PaySpecChange
          port={port}
          quote={quote}
          disabledReason={availability.payChange.allowed ? undefined : availability.payChange.reason}
        />
      ) : null}
      <CancelSpecChange port={port} />
    </div>
  );
}
