// High availability: a tenant's redundant shared ports sit on two circuits at different access points, so
// one access point's outage leaves the other up.

/** A partner's circuit as redundancy planning sees it. */
export type CircuitSite = { accessPointId: string; enabled: boolean };

/**
 * The access points where the partner has an Enabled circuit but no Enabled circuit at any other access
 * point of the region: a tenant there cannot be given a redundant pair.
 */
export function accessPointsWithoutRedundancy(circuits: readonly CircuitSite[]): string[] {
  const sites = [...new Set(circuits.filter((c) => c.enabled).map((c) => c.accessPointId))];
  return sites.length === 1 ? sites : [];
}
