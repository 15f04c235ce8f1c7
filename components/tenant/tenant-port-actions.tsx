import type { ConsoleStatus } from "@/lib/console/hosted-connection-view";
import { awaitsPartnerConfirm, type TenantPort } from "@/lib/console/tenant-port";
import { isExpired } from "@/lib/domain/hosted-connection-state";
import { sharedPortAvailability } from "@/lib/server/console-availability";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import type { DeleteOutcome } from "./delete-shared-port";
import { TenantSharedPortActions } from "./shared-port-actions";

/** The tenant's actions on one shared port, judged once: the same in its table row and on its page. */
export async function TenantPortActions({
  hc,
  port,
  status,
  now,
}: {
  hc: HostedConnectionDto;
  port: TenantPort;
  status: ConsoleStatus;
  now: Date;
}) {
  return (
    <TenantSharedPortActions
      port={port}
      status={status}
      availability={await sharedPortAvailability(hc, "tenant", now)}
      deleteOutcome={deleteOutcome(port, hc, now)}
      awaitsPartnerConfirm={awaitsPartnerConfirm(hc)}
    />
  );
}

function deleteOutcome(port: TenantPort, hc: HostedConnectionDto, now: Date): DeleteOutcome {
  if (!port.paid) return "release";
  if (isExpired({ endTime: hc.endTime ? new Date(hc.endTime) : null }, now)) return "expired";
  return port.tenantPays ? "refund" : "partnerRefund";
}
