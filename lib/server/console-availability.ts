import "server-only";
import { payerRole, type Role } from "../domain/enums";
import {
  allowedActions as hostedConnectionActions,
  attachVbr,
  type HostedConnectionAction,
} from "../domain/hosted-connection-state";
import { checkAttachable, checkConvertible } from "../domain/transform";
import { checkMayModify } from "../domain/vbr-attributes";
import {
  createOnHostedConnection,
  type VbrAction,
  type VbrState,
  allowedActions as vbrActions,
} from "../domain/vbr-state";
import { checkRenew } from "../domain/subscription";
import { firstRefusal, type Verdict } from "../domain/verdict";
import { hostedConnectionStateOfDto } from "../console/hosted-connection-view";
import type { RefusalNames } from "../console/refusal-message";
import { explain } from "./console-action";
import type { HostedConnectionDto, VbrDto } from "./operations/records";

/** What a button needs: may it run now, and if not, why (in the user's language). */
export type Availability = { allowed: true } | { allowed: false; reason: string; code: string };

/** The one bridge from a lib/domain verdict to a button: allowed, or the refusal explained. */
export async function availabilityOf(verdict: Verdict<unknown>, names?: RefusalNames): Promise<Availability> {
  if (verdict.ok) return { allowed: true };
  return { allowed: false, reason: await explain(verdict.error, names), code: verdict.error.code };
}

async function availabilitiesOf<K extends string>(
  verdicts: Record<K, Verdict<unknown>>,
  names?: RefusalNames,
): Promise<Record<K, Availability>> {
  const out = {} as Record<K, Availability>;
  for (const [key, verdict] of Object.entries(verdicts) as Array<[K, Verdict<unknown>]>)
    out[key] = await availabilityOf(verdict, names);
  return out;
}

function vbrStateOfDto(vbr: VbrDto, callerUid: string): VbrState {
  return {
    status: vbr.status,
    onHostedConnection: vbr.hostedConnectionId !== null,
    ownerIsCaller: vbr.ownerUid === callerUid,
    callerIsCircuitOwner: vbr.circuitOwnerUid === callerUid,
    hostedPayer: vbr.hostedConnectionOrderMode ? payerRole(vbr.hostedConnectionOrderMode) : null,
    awaitedByPort: vbr.transformedToId !== null,
  };
}

/** The domain's verdict on each shared-port action for this caller, ready for the Actions column. */
export function sharedPortAvailability(
  hc: HostedConnectionDto,
  role: Role,
  now: Date,
): Promise<Record<HostedConnectionAction, Availability>> {
  return availabilitiesOf(hostedConnectionActions(hostedConnectionStateOfDto(hc), role, now), {
    partner: hc.partnerName,
  });
}

/** Renew and the auto-renewal switch, for the port's payer: the rule the operations apply. */
export function renewAvailability(hc: HostedConnectionDto, role: Role, now: Date): Promise<Availability> {
  const port = {
    orderMode: hc.orderMode,
    paid: hc.paid,
    deleted: hc.vpconnStatus === "Deleted",
    endTime: hc.endTime ? new Date(hc.endTime) : null,
  };
  return availabilityOf(checkRenew(port, role, now), { partner: hc.partnerName });
}

export function vbrAvailability(vbr: VbrDto, callerUid: string): Promise<Record<VbrAction, Availability>> {
  return availabilitiesOf(vbrActions(vbrStateOfDto(vbr, callerUid), vbr.physicalConnectionStatus));
}

/**
 * Transform to Shared Port on a legacy VBR. The tenant's outbound-billing flag is not the partner's
 * to see, so the button assumes it; the operation checks it and explains a refusal.
 */
export function transformAvailability(vbr: VbrDto): Promise<Availability> {
  return availabilityOf(
    checkConvertible(
      {
        onHostedConnection: vbr.hostedConnectionId !== null,
        converted: vbr.transformedToId !== null,
        status: vbr.status,
        bandwidthMbps: vbr.bandwidthMbps,
      },
      { trafficBillingEnabled: true },
    ),
  );
}

/** "Confirm" of a transform: the new shared port accepted and paid, and the legacy VBR still active. */
export function confirmTransformAvailability(port: HostedConnectionDto, vbr: VbrDto): Promise<Availability> {
  return availabilityOf(
    firstRefusal(
      attachVbr(hostedConnectionStateOfDto(port), "partner"),
      checkAttachable(
        { id: vbr.id, onHostedConnection: vbr.hostedConnectionId !== null, status: vbr.status },
        port,
      ),
    ),
  );
}

/** "Create VBR" on the tenant's shared port. */
export function createVbrAvailability(hc: HostedConnectionDto, now: Date): Promise<Availability> {
  return availabilityOf(createOnHostedConnection(hostedConnectionStateOfDto(hc), now, "tenant"), {
    partner: hc.partnerName,
  });
}

/** "Edit" of a VBR's name, description and addresses: its owner, unless the VBR is changing status. */
export function editVbrAvailability(vbr: VbrDto, callerUid: string): Promise<Availability> {
  return availabilityOf(
    checkMayModify(vbrStateOfDto(vbr, callerUid), {
      name: true,
      description: true,
      localGatewayIp: true,
      peerGatewayIp: true,
      peeringSubnetMask: true,
    }),
  );
}
