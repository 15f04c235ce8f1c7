// Transform to Shared Port (CreateVpconnFromVbr): a legacy shared VBR becomes a shared port of its owner,
// and Confirm (AttachVbrToVpconn) later moves the VBR onto it.
import { SPECS, type Spec, specMbps, type VbrStatus } from "./enums";
import { checkVbrActive } from "./vbr-state";
import { allow, refuse, type Verdict } from "./verdict";

/** The smallest Spec that carries a VBR's bandwidth cap (an exact match when there is one). */
export function specForCap(capMbps: number): Spec | null {
  return SPECS.find((spec) => specMbps(spec) >= capMbps) ?? null;
}

export type ConvertibleVbr = {
  onHostedConnection: boolean;
  /** A live shared port was already made from this VBR. */
  converted: boolean;
  status: VbrStatus;
  /** Null is "Speed Unlimited". */
  bandwidthMbps: number | null;
};

/**
 * An active legacy VBR with a Bandwidth Cap ("Speed Unlimited" is not one), whose owner pays for outbound
 * data transfer, converts once; allowed, the verdict holds the Spec of the new shared port.
 */
export function checkConvertible(
  vbr: ConvertibleVbr,
  tenant: { trafficBillingEnabled: boolean },
): Verdict<Spec> {
  if (vbr.onHostedConnection || vbr.converted) return refuse("OperationFailed.VbrBindedPconn");
  const active = checkVbrActive(vbr.status);
  if (!active.ok) return active;
  if (vbr.bandwidthMbps === null) {
    return refuse("IllegalParam.Bandwidth#SpeedUnlimited", { args: ["Speed Unlimited"], field: "Bandwidth" });
  }
  const spec = specForCap(vbr.bandwidthMbps);
  if (spec === null) {
    return refuse("IllegalParam.Bandwidth#NoSpecFits", {
      args: [String(vbr.bandwidthMbps)],
      field: "Bandwidth",
    });
  }
  if (!tenant.trafficBillingEnabled) return refuse("OperationFailed.PconnTrafficNotEnable");
  return allow(spec);
}

export type AttachableVbr = { id: string; onHostedConnection: boolean; status: VbrStatus };

/** Confirm moves onto the shared port only the active legacy VBR that port was made from. */
export function checkAttachable(vbr: AttachableVbr, port: { sourceVbrId: string | null }): Verdict {
  if (vbr.onHostedConnection) return refuse("OperationFailed.VbrBindedPconn");
  if (port.sourceVbrId !== vbr.id)
    return refuse("InvalidPhysicalConnectionId.NotMatched", { field: "VbrId" });
  return checkVbrActive(vbr.status);
}
