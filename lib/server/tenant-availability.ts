import "server-only";
import { payerRole } from "../domain/enums";
import { assertMayModify } from "../domain/vbr-attributes";
import { createOnHostedConnection } from "../domain/vbr-state";
import { hostedConnectionState } from "../console/hosted-connection-view";
import { availability } from "../domain/transition";
import { type Availability, judge, translate } from "./console-availability";
import type { HostedConnectionDto, VbrDto } from "./operations/records";

/**
 * "Create VBR" on the tenant's shared port: accepted, paid, active and without a VBR. A port made by
 * Transform to Shared Port counts its legacy VBR, which the partner attaches on Confirm.
 */
export function createVbrAvailability(hc: HostedConnectionDto, now: Date): Promise<Availability> {
  const state = { ...hostedConnectionState(hc), hasVbr: hc.vbrId !== null || hc.sourceVbrId !== null };
  return translate(availability(createOnHostedConnection(state, now, "tenant")));
}

/** "Edit" of a VBR's name, description and addresses: its owner, unless the VBR is changing status. */
export function editVbrAvailability(vbr: VbrDto, callerUid: string): Promise<Availability> {
  return judge(() =>
    assertMayModify(
      {
        status: vbr.status,
        onHostedConnection: vbr.hostedConnectionId !== null,
        ownerIsCaller: vbr.ownerUid === callerUid,
        callerIsCircuitOwner: vbr.circuitOwnerUid === callerUid,
        hostedPayer: vbr.hostedConnectionOrderMode ? payerRole(vbr.hostedConnectionOrderMode) : null,
      },
      { name: true, description: true, localGatewayIp: true, peerGatewayIp: true, peeringSubnetMask: true },
    ),
  );
}
