import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertThrowsKey } from "./test-helpers";
import { assertVlanAvailable, isVlanAvailable } from "./vlan";

describe("assertVlanAvailable", () => {
  test("free VLAN on an empty circuit", () =>
    assert.doesNotThrow(() => assertVlanAvailable({ vlanId: 4, taken: [] })));
  test("free VLAN next to others", () =>
    assert.doesNotThrow(() => assertVlanAvailable({ vlanId: 4, taken: [1, 2, 2999] })));
  test("VLAN 0 on an empty circuit", () =>
    assert.doesNotThrow(() => assertVlanAvailable({ vlanId: 0, taken: [] })));
  test("taken VLAN is refused", () =>
    assertThrowsKey(() => assertVlanAvailable({ vlanId: 4, taken: [3, 4] }), "InvalidVlanId.Used", "VlanId"));
  test("VLAN 0 taken by another port is refused as used", () =>
    assertThrowsKey(() => assertVlanAvailable({ vlanId: 0, taken: [0] }), "InvalidVlanId.Used", "VlanId"));
  test("VLAN 0 next to others is refused", () =>
    assertThrowsKey(() => assertVlanAvailable({ vlanId: 0, taken: [7] }), "IllegalParam.VlanId", "VlanId"));
  test("nothing may join a circuit using VLAN 0", () =>
    assertThrowsKey(() => assertVlanAvailable({ vlanId: 7, taken: [0] }), "IllegalParam.VlanId", "VlanId"));
  test("editing a port keeps its own VLAN when the caller excludes it", () =>
    assert.doesNotThrow(() => assertVlanAvailable({ vlanId: 0, taken: [] })));
  test("isVlanAvailable", () => {
    assert.equal(isVlanAvailable({ vlanId: 5, taken: [] }), true);
    assert.equal(isVlanAvailable({ vlanId: 5, taken: [5] }), false);
  });
});
