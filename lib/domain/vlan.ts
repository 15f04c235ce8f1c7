import { VLAN_ID_MAX } from "./validators";
import { allow, refuse, type Verdict } from "./verdict";

// VLAN 0 is the untagged Layer 3 router interface: it owns the whole circuit, so it excludes every other VLAN.
export const ROUTER_INTERFACE_VLAN = 0;

export type VlanCheck = {
  vlanId: number;
  /** VLANs of the other live hosted connections and VBRs on the same circuit (exclude the one being edited). */
  taken: readonly number[];
};

export function checkVlanAvailable({ vlanId, taken }: VlanCheck): Verdict {
  if (taken.includes(vlanId)) return refuse("InvalidVlanId.Used", { field: "VlanId" });
  if (vlanId === ROUTER_INTERFACE_VLAN && taken.length > 0) {
    return refuse("IllegalParam.VlanId#RouterInterface", { field: "VlanId" });
  }
  if (taken.includes(ROUTER_INTERFACE_VLAN)) {
    return refuse("IllegalParam.VlanId#RouterInterface", { field: "VlanId" });
  }
  return allow();
}

/** The VLAN IDs a planning tool offers and reserves; VLAN 0 is the router interface above. */
export const VLAN_MIN = 1;
export const VLAN_MAX = VLAN_ID_MAX;

/** A range of VLANs a partner keeps on one circuit for one tenant, or for itself (tenantUid null). */
export type VlanReservation = { fromVlan: number; toVlan: number; tenantUid: string | null };

/** A shared port for `tenantUid` may use a reserved VLAN only when the range is that tenant's. */
export function checkVlanReservation({
  vlanId,
  tenantUid,
  reservations,
}: {
  vlanId: number;
  tenantUid: string;
  reservations: readonly VlanReservation[];
}): Verdict {
  const holder = reservations.find((r) => vlanId >= r.fromVlan && vlanId <= r.toVlan);
  if (!holder || holder.tenantUid === tenantUid) return allow();
  return refuse(holder.tenantUid === null ? "InvalidVlanId.Reserved#PartnerOwn" : "InvalidVlanId.Reserved", {
    field: "VlanId",
  });
}

/** What the create and modify operations ask of a VLAN: free on the circuit and not kept for someone else. */
export type VlanSpace = { taken: readonly number[]; reservations: readonly VlanReservation[] };

export function checkVlanFor(space: VlanSpace, vlanId: number, tenantUid: string): Verdict {
  const available = checkVlanAvailable({ vlanId, taken: space.taken });
  if (!available.ok) return available;
  return checkVlanReservation({ vlanId, tenantUid, reservations: space.reservations });
}

/**
 * The first VLAN free for the tenant on every space given (one circuit, or both of a redundant pair):
 * inside the tenant's own reserved ranges first, then from VLAN_MIN up; null when there is none.
 * VLAN 0 is never offered: it would take the whole circuit.
 */
export function nextFreeVlan(spaces: readonly VlanSpace[], tenantUid: string): number | null {
  const taken = spaces.map((s) => new Set(s.taken));
  if (taken.some((set) => set.has(ROUTER_INTERFACE_VLAN))) return null;
  const own = spaces
    .flatMap((s) => s.reservations)
    .filter((r) => r.tenantUid === tenantUid)
    .sort((a, b) => a.fromVlan - b.fromVlan);
  const fits = (vlan: number) =>
    spaces.every(
      (s, i) =>
        !taken[i]?.has(vlan) &&
        checkVlanReservation({ vlanId: vlan, tenantUid, reservations: s.reservations }).ok,
    );
  for (const r of own) for (let vlan = r.fromVlan; vlan <= r.toVlan; vlan++) if (fits(vlan)) return vlan;
  for (let vlan = VLAN_MIN; vlan <= VLAN_MAX; vlan++) if (fits(vlan)) return vlan;
  return null;
}

/** The VLANs from VLAN_MIN to VLAN_MAX that nothing uses and nobody keeps, as ranges, lowest first. */
export function freeVlanRanges(space: VlanSpace): Array<{ fromVlan: number; toVlan: number }> {
  const blocked = new Set(space.taken);
  for (const r of space.reservations) for (let v = r.fromVlan; v <= r.toVlan; v++) blocked.add(v);
  const ranges: Array<{ fromVlan: number; toVlan: number }> = [];
  for (let vlan = VLAN_MIN; vlan <= VLAN_MAX; vlan++) {
    if (blocked.has(vlan)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.toVlan === vlan - 1) last.toVlan = vlan;
    else ranges.push({ fromVlan: vlan, toVlan: vlan });
  }
  return ranges;
}

/** A new reservation: a range within VLAN_MIN..VLAN_MAX, lowest first, overlapping none kept already. */
export function checkReservationRange(
  range: { fromVlan: number; toVlan: number },
  existing: readonly VlanReservation[],
): Verdict {
  const { fromVlan, toVlan } = range;
  if (fromVlan < VLAN_MIN || toVlan > VLAN_MAX || fromVlan > toVlan) {
    return refuse("InvalidVlanRange.Malformed", { field: "FromVlanId" });
  }
  if (existing.some((r) => fromVlan <= r.toVlan && toVlan >= r.fromVlan)) {
    return refuse("InvalidVlanRange.Overlap", { field: "FromVlanId" });
  }
  return allow();
}
