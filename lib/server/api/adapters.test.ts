import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import { isDomainError } from "../../domain/errors";
import { ADAPTERS } from "./adapters";
import { operationOf } from "./run-adapter";
import { buildInput, type Field, scalar, wireName } from "./wire-input";

const API_ACTIONS = [
  "CreateVirtualPhysicalConnection",
  "UpdateVirtualPhysicalConnection",
  "ListVirtualPhysicalConnections",
  "CreateVpconnFromVbr",
  "AttachVbrToVpconn",
  "ConfirmPhysicalConnection",
  "CreatePhysicalConnectionOccupancyOrder",
  "DescribePhysicalConnections",
  "TerminatePhysicalConnection",
  "RecoverPhysicalConnection",
  "DeletePhysicalConnection",
  "CreateVirtualBorderRouter",
  "DescribeVirtualBorderRouters",
  "ModifyVirtualBorderRouterAttribute",
  "TerminateVirtualBorderRouter",
  "RecoverVirtualBorderRouter",
  "DeleteVirtualBorderRouter",
  "UpdateVirtualBorderBandwidth",
  "DescribeRegions",
  "TagResources",
  "UnTagResources",
  "ListTagResources",
  "MoveResourceGroup",
  "DescribeAccessPoints",
  "ModifyPhysicalConnectionAttribute",
  "DescribeVirtualBorderRoutersForPhysicalConnection",
];

function inputKeys(schema: z.ZodType): string[] | undefined {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return inputKeys(schema.in as z.ZodType);
  return undefined;
}

describe("the adapter table", () => {
  test("has one adapter for each Express Connect action the console serves", () => {
    assert.deepEqual([...ADAPTERS.keys()].sort(), [...API_ACTIONS].sort());
  });

  for (const [action, adapter] of ADAPTERS) {
    test(`${action}: maps only inputs its operation knows, and a token or DryRun only to a write`, () => {
      const op = operationOf(adapter);
      const keys = inputKeys(op.input);
      assert.ok(keys, "the operation's input is a zod object");
      for (const field of adapter.fields) assert.ok(keys.includes(field.key), `${field.wire} → ${field.key}`);
      if (op.kind === "read") assert.deepEqual([adapter.token, adapter.dryRun], [undefined, undefined]);
    });
  }
});

describe("wire parameters to operation input", () => {
  const fields: Field[] = [
    { wire: "RegionId", key: "regionId" },
    { wire: "VlanId", key: "vlanId", type: "integer" },
    { wire: "IsConfirmed", key: "isConfirmed", type: "boolean" },
    { wire: "VlanIds", key: "vlanIds", type: "list" },
    { wire: "Tag", key: "tags", type: "tags" },
    { wire: "Filter", key: "filters", type: "filters", keys: { Status: "status", Name: "name" } },
  ];
  const params = (entries: Record<string, string>) => new Map(Object.entries(entries));

  test("numbers and booleans are converted; anything else stays a string for the operation to refuse", () => {
    assert.deepEqual(
      [scalar("42", "integer"), scalar("-1", "integer"), scalar("4.5", "integer")],
      [42, -1, "4.5"],
    );
    assert.deepEqual(
      [scalar("true", "boolean"), scalar("false", "boolean"), scalar("yes", "boolean")],
      [true, false, "yes"],
    );
    assert.deepEqual(buildInput(fields, params({ RegionId: "cn-hangzhou", VlanId: "x" })), {
      regionId: "cn-hangzhou",
      vlanId: "x",
    });
  });

  test("numbered lists and tags are ordered by N as numbers; absent ones stay absent", () => {
    const input = buildInput(
      fields,
      params({
        "VlanIds.10": "c",
        "VlanIds.2": "b",
        "VlanIds.1": "a",
        "Tag.2.Key": "k2",
        "Tag.1.Key": "k1",
        "Tag.1.Value": "v1",
      }),
    );
    assert.deepEqual(input.vlanIds, ["a", "b", "c"]);
    assert.deepEqual(input.tags, [{ key: "k1", value: "v1" }, { key: "k2" }]);
    assert.deepEqual(buildInput(fields, params({})), {});
  });

  test("Filter.N.Key with Filter.N.Value.M becomes one list per known key", () => {
    const input = buildInput(
      fields,
      params({
        "Filter.1.Key": "Status",
        "Filter.1.Value.2": "Terminated",
        "Filter.1.Value.1": "Enabled",
        "Filter.2.Key": "Name",
        "Filter.2.Value.1": "a",
      }),
    );
    assert.deepEqual(input.filters, { status: ["Enabled", "Terminated"], name: ["a"] });
  });

  test("an unknown or repeated filter key is refused, naming its parameter", () => {
    const refused: Array<Record<string, string>> = [
      { "Filter.1.Key": "Colour", "Filter.1.Value.1": "red" },
      { "Filter.1.Key": "Name", "Filter.2.Key": "Name" },
    ];
    for (const entries of refused) {
      try {
        buildInput(fields, params(entries));
        assert.fail("accepted");
      } catch (error) {
        assert.ok(isDomainError(error));
        assert.equal(error.code, "InvalidParameter");
        assert.match(error.message, /Filter\.\d\.Key/);
      }
    }
  });

  test("operation input paths are named back as the wire names them", () => {
    assert.equal(wireName(fields, ["regionId"]), "RegionId");
    assert.equal(wireName(fields, ["tags", 0, "key"]), "Tag.1.Key");
    assert.equal(wireName(fields, ["vlanIds", 2]), "VlanIds.3");
    assert.equal(wireName(fields, ["filters", "status", 0]), "Filter.Status");
    assert.equal(wireName(fields, ["unmapped"]), "unmapped");
  });
});
