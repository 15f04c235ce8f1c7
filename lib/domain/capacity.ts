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

export function checkCapacity({ capacityMbps, liveSpecs, requested, field = "Spec" }: CapacityCheck): Verdict {
  return checkSpecFits({ capacityMbps, reservedMbps: usedMbps(liveSpecs), requested, field });
}

/** The same rule on a total: what the other live ports reserve, as a plan or a form knows it. */
export function checkSpecFits({
  capacityMbps,
  reservedMbps,
  requested,
  field = "Spec",
}: {
  capacityMbps: number;
  reservedMbps: number;
  requested: Spec;
  field?: string;
}): Verdict {
  if (reservedMbps + specMbps(requested) > capacityMbps) {
    return refuse("ResourceNotEnough.Bandwidth", { field });
  }
  return allow();
}

/** One live shared port as the capacity plan counts it. */
export type PortLoad = {
  spec: Spec;
  expectSpec: Spec | null;
  /** Accepted and paid: its Spec is in service. Anything else live is an offer still pending. */
  inService: boolean;
};

/**
 * A circuit's capacity split three ways. Committed: the Specs of ports in service. Pending: what offers
 * and unpaid bandwidth increases hold back (either may be paid at any time, so both are reserved).
 * Free: what a new port may still take. Committed + pending is what checkCapacity counts.
 */
export type CapacityPlan = {
  capacityMbps: number;
  committedMbps: number;
  pendingMbps: number;
  freeMbps: number;
};

export function capacityPlan(capacityMbps: number, ports: readonly PortLoad[]): CapacityPlan {
  let committedMbps = 0;
  let pendingMbps = 0;
  for (const port of ports) {
    const reserved = specMbps(reservedSpec(port.spec, port.expectSpec));
    const inService = port.inService ? specMbps(port.spec) : 0;
    committedMbps += inService;
    pendingMbps += reserved - inService;
  }
  return {
    capacityMbps,
    committedMbps,
    pendingMbps,
    freeMbps: Math.max(0, capacityMbps - committedMbps - pendingMbps),
  };
}

/** The plan after a change: `pendingDeltaMbps` more (or less) held back by an offer or a spec change. */
export function planAfter(plan: CapacityPlan, pendingDeltaMbps: number): CapacityPlan {
  const pendingMbps = Math.max(0, plan.pendingMbps + pendingDeltaMbps);
  return {
    ...plan,
    pendingMbps,
    freeMbps: Math.max(0, plan.capacityMbps - plan.committedMbps - pendingMbps),
  };
}

/** VPCONN_COUNT_PER_PCONN: live shared ports on one circuit, configurable per circuit. */
export function checkVpconnQuota({ liveCount, quota }: { liveCount: number; quota: number }): Verdict {
  return liveCount < quota ? allow() : refuse("QuotaExceeded.VPCONN");
}
