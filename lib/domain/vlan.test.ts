import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertVerdict } from "./test-helpers";
import {
  checkReservationRange,
  checkVlanAvailable,
  checkVlanFor,
  checkVlanReservation,
  freeVlanRanges,
  nextFreeVlan,
  VLAN_MAX,
  type VlanCheck,
  type VlanReservation,
} from "./vlan";

describe("checkVlanAvailable", () => {
  const cases: [label: string, check: VlanCheck, expected: string][] = [
    ["free VLAN on an empty circuit", { vlanId: 4, taken: [] }, "allowed"],
    ["free VLAN next to others", { vlanId: 4, taken: [1, 2, 2999] }, "allowed"],
    ["VLAN 0 on an empty circuit", { vlanId: 0, taken: [] }, "allowed"],
    ["taken VLAN is refused", { vlanId: 4, taken: [3, 4] }, "InvalidVlanId.Used"],
    ["VLAN 0 taken by another port is refused as used", { vlanId: 0, taken: [0] }, "InvalidVlanId.Used"],
    ["VLAN 0 next to others is refused", { vlanId: 0, taken: [7] }, "IllegalParam.VlanId#RouterInterface"],
    [
      "nothing may join a circuit using VLAN 0",
      { vlanId: 7, taken: [0] },
      "IllegalParam.VlanId#RouterInterface",
    ],
  ];
  for (const [label, check, expected] of cases)
    test(label, () =>
      assertVerdict(checkVlanAvailable(check), expected, expected === "allowed" ? undefined : "VlanId"),
    );
});

describe("VLAN reservations", () => {
  const acme = "1210123456123456";
  const globex = "1210987654321098";
  const reservations: VlanReservation[] = [
    { fromVlan: 100, toVlan: 109, tenantUid: acme },
    { fromVlan: 200, toVlan: 200, tenantUid: null },
  ];

  test("the tenant a range is kept for may use it", () =>
    assertVerdict(checkVlanReservation({ vlanId: 105, tenantUid: acme, reservations }), "allowed"));
  test("another tenant may not", () =>
    assertVerdict(
      checkVlanReservation({ vlanId: 105, tenantUid: globex, reservations }),
      "InvalidVlanId.Reserved",
      "VlanId",
    ));
  test("a range kept for the partner's own use takes no shared port", () =>
    assertVerdict(
      checkVlanReservation({ vlanId: 200, tenantUid: acme, reservations }),
      "InvalidVlanId.Reserved#PartnerOwn",
      "VlanId",
    ));
  test("outside every range any tenant may", () =>
    assertVerdict(checkVlanReservation({ vlanId: 110, tenantUid: globex, reservations }), "allowed"));

  test("checkVlanFor asks for a free VLAN first, then the reservation", () => {
    assertVerdict(checkVlanFor({ taken: [105], reservations }, 105, globex), "InvalidVlanId.Used", "VlanId");
    assertVerdict(checkVlanFor({ taken: [], reservations }, 105, globex), "InvalidVlanId.Reserved", "VlanId");
    assertVerdict(checkVlanFor({ taken: [], reservations }, 105, acme), "allowed");
  });

  test("nextFreeVlan offers the tenant's own range first", () => {
    assert.equal(nextFreeVlan([{ taken: [100, 101], reservations }], acme), 102);
    assert.equal(nextFreeVlan([{ taken: [1, 2], reservations }], globex), 3);
  });

  test("nextFreeVlan skips ranges kept for others and finds a VLAN free on every circuit", () => {
    const low = Array.from({ length: 99 }, (_, i) => i + 1);
    assert.equal(nextFreeVlan([{ taken: low, reservations }], globex), 110);
    const pair = [
      { taken: [1, 3], reservations: [] },
      { taken: [2, 4], reservations: [] },
    ];
    assert.equal(nextFreeVlan(pair, globex), 5);
  });

  test("nextFreeVlan offers nothing on a circuit VLAN 0 takes whole, or a full one", () => {
    assert.equal(nextFreeVlan([{ taken: [0], reservations: [] }], acme), null);
    const all = Array.from({ length: VLAN_MAX }, (_, i) => i + 1);
    assert.equal(nextFreeVlan([{ taken: all, reservations: [] }], acme), null);
  });

  test("freeVlanRanges leaves out what is used and what is kept", () => {
    assert.deepEqual(freeVlanRanges({ taken: [1, 5], reservations }), [
      { fromVlan: 2, toVlan: 4 },
      { fromVlan: 6, toVlan: 99 },
      { fromVlan: 110, toVlan: 199 },
      { fromVlan: 201, toVlan: VLAN_MAX },
    ]);
  });

  test("checkReservationRange refuses a malformed or overlapping range", () => {
    assertVerdict(checkReservationRange({ fromVlan: 300, toVlan: 310 }, reservations), "allowed");
    for (const range of [
      { fromVlan: 0, toVlan: 10 },
      { fromVlan: 20, toVlan: 10 },
    ])
      assertVerdict(checkReservationRange(range, reservations), "InvalidVlanRange.Malformed", "FromVlanId");
    assertVerdict(
      checkReservationRange({ fromVlan: 109, toVlan: 150 }, reservations),
      "InvalidVlanRange.Overlap",
      "FromVlanId",
    );
  });
});
