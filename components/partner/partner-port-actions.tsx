import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { sharedPortAvailability } from "@/lib/server/console-availability";
import type { SpecChangeQuote } from "@/lib/server/queries/spec-change-quotes";
import { RenewAction } from "@/components/renewal/port-period";
import { PartnerSharedPortActions } from "./shared-port-actions";

/** The partner's actions on one shared port, judged once: the same in its table row and on its page. */
export async function PartnerPortActions({
  hc,
  now,
  highSpecAllowed,
  changeQuote,
}: {
  hc: HostedConnectionDto;
  now: Date;
  highSpecAllowed: boolean;
  /** The price of the pending bandwidth change, when the partner pays for the port. */
  changeQuote?: SpecChangeQuote;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3">
      <RenewAction hc={hc} side="partner" now={now} />
      <PartnerSharedPortActions
        port={{
          id: hc.id,
          name: hc.name,
          regionId: hc.regionId,
          circuitId: hc.circuitId,
          vlanId: hc.vlanId,
          spec: hc.spec,
          expectSpec: hc.expectSpec,
          partnerPays: hc.orderMode === "PayByPhysicalConnectionOwner",
          paid: hc.paid,
          endTime: hc.endTime,
          hasVbr: hc.vbrId !== null,
        }}
        availability={await sharedPortAvailability(hc, "partner", now)}
        highSpecAllowed={highSpecAllowed}
        changeQuote={changeQuote}
      />
    </span>
  );
}
