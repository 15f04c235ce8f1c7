import { type Spec, specMbps } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

export function usedMbps(specs: readonly Spec[]): number {
  return specs.reduce((sum, spec) => sum + specMbps(spec), 0);
}

export function remainingMbps(capacityMbps: number, liveSpecs: readonly Spec[]): number {
  return Math.max(0, capacityMbps - usedMbps(liveSpecs));
}

// A pending ExpectSpec may be paid at any time, so the larger of Spec and ExpectSpec stays reserved.
export function reservedSpec(spec: Spec, expectSpec?: Spec | null): Spec {
  if (!expectSpec) return spec;
  return specMbps(expectSpec) > specMbps(spec) ? expectSpec : spec;
}

export type CapacityCheck = {
  capacityMbps: number;
  /** Specs of the other live hosted connections on the circuit (exclude the one being resized). */
  liveSpecs: readonly Spec[];
  requested: Spec;
  field?: string;
};

export function checkCapacity({
  capacityMbps,
  liveSpecs,
  requested,
  field = "Spec",
}: CapacityCheck): Verdict {
  if (usedMbps(liveSpecs) + specMbps(requested) > capacityMbps) {
    return refuse("ResourceNotEnough.Bandwidth", { field });
  }
  return allow();
}

/** VPCONN_COUNT_PER_PCONN: live shared ports on one circuit, configurable per circuit. */
export function checkVpconnQuota({ liveCount, quota }: { liveCount: number; quota: number }): Verdict {
  return liveCount < quota ? allow() : refuse("QuotaExceeded.VPCONN");
}
