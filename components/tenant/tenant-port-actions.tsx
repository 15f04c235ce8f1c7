import type { ConsoleStatus } from "@/lib/console/hosted-connection-view";
import { awaitsPartnerConfirm, type TenantPort } from "@/lib/console/tenant-port";
import { isExpired } from "@/lib/domain/hosted-connection-state";
import { sharedPortAvailability } from "@/lib/server/console-availability";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import type { SpecChangeQuote } from "@/lib/server/queries/spec-change-quotes";
import type { DeleteOutcome } from "./delete-shared-port";
import { RenewAction } from "@/components/renewal/port-period";
import { TenantSharedPortActions } from "./shared-port-actions";

/** The tenant's actions on one shared port, judged once: the same in its table row and on its page. */
export async function TenantPortActions({
  hc,
  port,
  status,
  now,
  quote,
}: {
  hc: HostedConnectionDto;
  port: TenantPort;
  status: ConsoleStatus;
  now: Date;
  /** The price of the pending bandwidth change, when the tenant pays for the port. */
  quote?: SpecChangeQuote;
}) {
  return (
    <TenantSharedPortActions
      renew={<RenewAction hc={hc} side="tenant" now={now} />}
      port={port}
      status={status}
      availability={await sharedPortAvailability(hc, "tenant", now)}
      deleteOutcome={deleteOutcome(port, hc, now)}
      awaitsPartnerConfirm={awaitsPartnerConfirm(hc)}
      change={hc.paid && hc.expectSpec ? { port: { ...hc, expectSpec: hc.expectSpec }, quote } : undefined}
    />
  );
}

function deleteOutcome(port: TenantPort, hc: HostedConnectionDto, now: Date): DeleteOutcome {
  if (!port.paid) return "release";
  if (isExpired({ endTime: hc.endTime ? new Date(hc.endTime) : null }, now)) return "expired";
  return port.tenantPays ? "refund" : "partnerRefund";
}
