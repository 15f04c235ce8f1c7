// Transform to Shared Port (CreateVpconnFromVbr): a legacy shared VBR becomes a shared port of its owner.
import { SPECS, type Spec, specMbps, type VbrStatus } from "./enums";
import { DomainError } from "./errors";

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

/** Seed 001 / R23 preconditions; returns the Spec of the new shared port. */
export function assertConvertible(vbr: ConvertibleVbr, tenant: { trafficBillingEnabled: boolean }): Spec {
  if (vbr.onHostedConnection || vbr.converted) throw new DomainError("OperationFailed.VbrBindedPconn");
  if (vbr.status !== "active") throw new DomainError("InvalidOperation.OperationNotAllowedInState");
  if (vbr.bandwidthMbps === null) {
    throw new DomainError("IllegalParam.Bandwidth#SpeedUnlimited", {
      args: ["Speed Unlimited"],
      field: "Bandwidth",
    });
  }
  const spec = specForCap(vbr.bandwidthMbps);
  if (spec === null) {
    throw new DomainError("IllegalParam.Bandwidth", {
      args: [String(vbr.bandwidthMbps)],
      field: "Bandwidth",
    });
  }
  if (!tenant.trafficBillingEnabled) throw new DomainError("OperationFailed.PconnTrafficNotEnable");
  return spec;
}
