import "server-only";
import { payerRole, type Role } from "../domain/enums";
import {
  allowedActions as hostedConnectionActions,
  type HostedConnectionAction,
} from "../domain/hosted-connection-state";
import { type ActionAvailability, availability as availabilityOf } from "../domain/transition";
import { isDomainError } from "../domain/errors";
import { attachVbr } from "../domain/hosted-connection-state";
import { assertConvertible } from "../domain/transform";
import { allowedActions as vbrActions, type VbrAction } from "../domain/vbr-state";
import { hostedConnectionState } from "../console/hosted-connection-view";
import { explain } from "./console-action";
import type { HostedConnectionDto, VbrDto } from "./operations/records";

/** What a button needs: may it run now, and if not, why (in the user's language). */
export type Availability = { allowed: true } | { allowed: false; reason: string; code: string };

export async function translate(entry: ActionAvailability): Promise<Availability> {
  if (entry.allowed) return { allowed: true };
  return { allowed: false, reason: await explain(entry.error), code: entry.error.code };
}

async function translateAll<K extends string>(
  entries: Record<K, ActionAvailability>,
): Promise<Record<K, Availability>> {
  const out = {} as Record<K, Availability>;
  for (const [key, entry] of Object.entries(entries) as Array<[K, ActionAvailability]>)
    out[key] = await translate(entry);
  return out;
}

/** The domain's verdict on each shared-port action for this caller, ready for the Actions column. */
export function sharedPortAvailability(
  hc: HostedConnectionDto,
  role: Role,
  now: Date,
): Promise<Record<HostedConnectionAction, Availability>> {
  return translateAll(hostedConnectionActions(hostedConnectionState(hc), role, now));
}

export function vbrAvailability(vbr: VbrDto, callerUid: string): Promise<Record<VbrAction, Availability>> {
  return translateAll<VbrAction>(
    vbrActions(
      {
        status: vbr.status,
        onHostedConnection: vbr.hostedConnectionId !== null,
        ownerIsCaller: vbr.ownerUid === callerUid,
        callerIsCircuitOwner: vbr.circuitOwnerUid === callerUid,
        hostedPayer: vbr.hostedConnectionOrderMode ? payerRole(vbr.hostedConnectionOrderMode) : null,
      },
      vbr.physicalConnectionStatus,
    ),
  );
}

/**
 * Transform to Shared Port on a legacy VBR. The tenant's outbound-billing flag is not the partner's
 * to see, so the button assumes it; the operation checks it and explains a refusal.
 */
export function transformAvailability(vbr: VbrDto): Promise<Availability> {
  return judge(() =>
    assertConvertible(
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

/** Runs a domain assertion for a button: allowed when it passes, else its refusal in the user's words. */
export async function judge(assertion: () => unknown): Promise<Availability> {
  try {
    assertion();
    return { allowed: true };
  } catch (error) {
    if (isDomainError(error)) return { allowed: false, reason: await explain(error), code: error.code };
    throw error;
  }
}

/** "Confirm" of a transform: the new shared port must be accepted and paid first. */
export function confirmTransformAvailability(port: HostedConnectionDto): Promise<Availability> {
  return translate(availabilityOf(attachVbr(hostedConnectionState(port), "partner")));
}
