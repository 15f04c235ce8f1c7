import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { accessPointsWithoutRedundancy } from "./redundancy";

describe("accessPointsWithoutRedundancy", () => {
  test("circuits at two access points cover each other", () => {
    assert.deepEqual(
      accessPointsWithoutRedundancy([
        { accessPointId: "ap-a", enabled: true },
        { accessPointId: "ap-b", enabled: true },
      ]),
      [],
    );
  });

  test("two circuits at one access point are no redundancy", () => {
    assert.deepEqual(
      accessPointsWithoutRedundancy([
        { accessPointId: "ap-a", enabled: true },
        { accessPointId: "ap-a", enabled: true },
      ]),
      ["ap-a"],
    );
  });

  test("a circuit that is not Enabled covers nothing", () => {
    assert.deepEqual(
      accessPointsWithoutRedundancy([
        { accessPointId: "ap-a", enabled: true },
        { accessPointId: "ap-b", enabled: false },
      ]),
      ["ap-a"],
    );
  });

  test("no Enabled circuit, nothing to warn about", () => {
    assert.deepEqual(accessPointsWithoutRedundancy([{ accessPointId: "ap-a", enabled: false }]), []);
  });
});
