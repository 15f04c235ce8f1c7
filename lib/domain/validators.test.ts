import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import type { DomainError } from "./errors";
import { assertThrowsKey, assertVerdict } from "./test-helpers";
import {
  aliUidSchema,
  bandwidthCapSchema,
  circuitCodeSchema,
  descriptionSchema,
  fieldWithPath,
  formatIpv4,
  maskToPrefix,
  nameSchema,
  orderModeSchema,
  parseIpv4,
  parseOrThrow,
  safeParseDomain,
  specSchema,
  tagsSchema,
  checkVbrAddresses,
  type VbrAddresses,
  vbrDescriptionSchema,
  vbrNameSchema,
  vlanIdSchema,
  zodIssueToDomainError,
} from "./validators";

function errorOf(schema: z.ZodType, value: unknown, field: string): DomainError {
  const result = safeParseDomain(schema, value, field);
  assert.equal(result.ok, false, `expected ${JSON.stringify(value)} to be refused`);
  if (result.ok) throw new Error("unreachable");
  return result.error;
}

function expectCode(schema: z.ZodType, value: unknown, field: string, key: string): DomainError {
  const error = errorOf(schema, value, field);
  assert.equal(error.key, key, `value ${JSON.stringify(value)}`);
  return error;
}

function refuses(schema: z.ZodType, value: unknown, field: string, key: string): void {
  expectCode(schema, value, field, key);
}

describe("parseOrThrow / zodIssueToDomainError", () => {
  test("returns parsed value", () => {
    assert.equal(parseOrThrow(vlanIdSchema, "12", "VlanId"), 12);
  });

  test("throws the DomainError with field", () => {
    assertThrowsKey(() => parseOrThrow(vlanIdSchema, 3000, "VlanId"), "IllegalParam.VlanId", "VlanId");
  });

  test("unknown messages become InvalidParameter with the field", () => {
    const e = zodIssueToDomainError({ message: "Invalid input", path: [] }, "Foo");
    assert.equal(e.code, "InvalidParameter");
    assert.equal(e.message, "The specified parameter Foo is not valid.");
    const plain = errorOf(z.string(), 1, "Bar");
    assert.equal(plain.code, "InvalidParameter");
    assert.equal(plain.field, "Bar");
  });

  test("MissingParameter gets the field name", () => {
    const e = expectCode(vlanIdSchema, undefined, "VlanId", "MissingParameter");
    assert.equal(
      e.message,
      "The input parameter 'VlanId' that is mandatory for processing this request is not supplied.",
    );
  });

  test("fieldWithPath uses API style Tag.N.Key", () => {
    assert.equal(fieldWithPath("Tag", [0, "key"]), "Tag.1.Key");
    assert.equal(fieldWithPath("Name", []), "Name");
  });
});

describe("vlanIdSchema", () => {
  for (const [input, output] of [
    [0, 0],
    [2999, 2999],
    ["12", 12],
    ["0", 0],
    ["2999", 2999],
    [1, 1],
  ] as const) {
    test(`accepts ${JSON.stringify(input)}`, () =>
      assert.equal(parseOrThrow(vlanIdSchema, input, "VlanId"), output));
  }
  for (const input of [-1, 3000, 1.5, "1.5", "-1", "3000", Number.POSITIVE_INFINITY]) {
    test(`refuses ${String(input)} as IllegalParam.VlanId`, () =>
      refuses(vlanIdSchema, input, "VlanId", "IllegalParam.VlanId"));
  }
  for (const input of ["abc", "", " 12", "1e3", "0x10", true, {}, Number.NaN]) {
    test(`refuses ${JSON.stringify(input)} as InvalidVlanId.Malformed`, () =>
      refuses(vlanIdSchema, input, "VlanId", "InvalidVlanId.Malformed"));
  }
  test("null is missing", () => refuses(vlanIdSchema, null, "VlanId", "MissingParameter"));
});

describe("nameSchema", () => {
  const ok = ["ab", "a".repeat(128), "name-test_1", "共享端口", "共享", "Ab中文", "https"];
  for (const name of ok) {
    test(`accepts ${name.length > 20 ? `${name.length} chars` : name}`, () =>
      assert.equal(parseOrThrow(nameSchema, name, "Name"), name));
  }
  const bad = [
    "a",
    "a".repeat(129),
    "http://x",
    "https://x",
    "HTTP://x",
    "1abc",
    "_abc",
    "ab c",
    "ab/c",
    "",
    "ab!",
    "name-test_1.x",
  ];
  for (const name of bad) {
    test(`refuses ${name.length > 20 ? `${name.length} chars` : JSON.stringify(name)}`, () =>
      refuses(nameSchema, name, "Name", "InvalidName.Malformed"));
  }
  test("non-string is malformed, undefined is missing", () => {
    expectCode(nameSchema, 12, "Name", "InvalidName.Malformed");
    expectCode(nameSchema, undefined, "Name", "MissingParameter");
  });
  test("optional() lets undefined through", () => {
    assert.equal(parseOrThrow(nameSchema.optional(), undefined, "Name"), undefined);
  });
});

describe("vbrNameSchema / vbrDescriptionSchema", () => {
  test("same rules, the VBR actions' wording", () => {
    assert.equal(parseOrThrow(vbrNameSchema, "acme-vbr.1", "Name"), "acme-vbr.1");
    const name = expectCode(vbrNameSchema, "1abc", "Name", "InvalidName.Malformed#Vbr");
    assert.equal(name.code, "InvalidName.Malformed");
    assert.equal(name.message, "The specified Name is not valid.");
    expectCode(vbrDescriptionSchema, "https://x", "Description", "InvalidDescription.Malformed#Vbr");
    expectCode(vbrNameSchema, undefined, "Name", "MissingParameter");
  });
});

describe("bandwidthCapSchema", () => {
  test("whole Mbit/s from 1 to 10000, numbers or numeric strings", () => {
    assert.equal(parseOrThrow(bandwidthCapSchema, 200, "Bandwidth"), 200);
    assert.equal(parseOrThrow(bandwidthCapSchema, "10000", "Bandwidth"), 10000);
  });
  for (const bad of [0, -1, 10001, 1.5, "abc", "Speed Unlimited", true]) {
    test(`refuses ${JSON.stringify(bad)}`, () =>
      refuses(bandwidthCapSchema, bad, "Bandwidth", "IllegalParam.Bandwidth"));
  }
  test("absent is missing", () => refuses(bandwidthCapSchema, undefined, "Bandwidth", "MissingParameter"));
});

describe("circuitCodeSchema", () => {
  test("carrier codes", () =>
    assert.equal(parseOrThrow(circuitCodeSchema, "CU-HZ/0042.a", "CircuitCode"), "CU-HZ/0042.a"));
  for (const bad of ["", "-x", "a b", "x".repeat(65), 5]) {
    test(`refuses ${JSON.stringify(bad)}`, () =>
      refuses(circuitCodeSchema, bad, "CircuitCode", "InvalidCircuitCode.Malformed"));
  }
});

describe("descriptionSchema", () => {
  for (const text of ["ab", "a".repeat(256), "desc (test)*!", "描述 with spaces", "a/http://x"]) {
    test(`accepts ${text.length > 20 ? `${text.length} chars` : text}`, () =>
      assert.equal(parseOrThrow(descriptionSchema, text, "Description"), text));
  }
  for (const text of ["a", "a".repeat(257), "http://example", "https://example", "1abc", " ab", ""]) {
    test(`refuses ${text.length > 20 ? `${text.length} chars` : JSON.stringify(text)}`, () =>
      refuses(descriptionSchema, text, "Description", "InvalidDescription.Malformed"));
  }
  test("wire message keeps the doc typo", () => {
    assert.equal(
      errorOf(descriptionSchema, "1", "Description").message,
      "The specifid Description is not valid.",
    );
  });
});

describe("tagsSchema", () => {
  const tag = (key: string, value?: string) => (value === undefined ? { key } : { key, value });

  test("accepts valid tags and defaults value to empty", () => {
    assert.deepEqual(parseOrThrow(tagsSchema, [tag("FinanceDept", "FinanceJoshua"), tag("env")], "Tag"), [
      { key: "FinanceDept", value: "FinanceJoshua" },
      { key: "env", value: "" },
    ]);
  });

  test("accepts 20 tags, key of 64 and value of 128", () => {
    const tags = Array.from({ length: 20 }, (_, i) => tag(`k${i}`, "v"));
    tags[0] = tag(`k${"x".repeat(63)}`, "v".repeat(128));
    assert.equal(parseOrThrow(tagsSchema, tags, "Tag").length, 20);
  });

  test("accepts empty list", () => assert.deepEqual(parseOrThrow(tagsSchema, [], "Tag"), []));

  test("refuses 21 tags", () => {
    const tags = Array.from({ length: 21 }, (_, i) => tag(`k${i}`));
    const e = expectCode(tagsSchema, tags, "Tag", "IllegalParam.Tags");
    assert.equal(e.code, "IllegalParam.Tags");
  });

  test("refuses non-array", () => refuses(tagsSchema, "a=b", "Tag", "IllegalParam.Tags"));

  for (const key of [
    "",
    "k".repeat(65),
    "1key",
    "aliyunX",
    "ALIYUN",
    "acs:x",
    "a b",
    "a:b",
    "http://x",
    "ahttps://x",
  ]) {
    test(`refuses key ${key.length > 20 ? `${key.length} chars` : JSON.stringify(key)}`, () => {
      const e = expectCode(tagsSchema, [tag("ok"), tag(key)], "Tag", "InvalidTagKey.Malformed");
      assert.equal(e.field, "Tag.2.Key");
    });
  }

  test("refuses missing key", () => refuses(tagsSchema, [{ value: "x" }], "Tag", "InvalidTagKey.Malformed"));

  for (const value of ["v".repeat(129), "aliyun-x", "acs:x", "see http://x", "https://x", "1x", "-x", " x"]) {
    test(`refuses value ${value.length > 20 ? `${value.length} chars` : JSON.stringify(value)}`, () => {
      const e = expectCode(tagsSchema, [tag("k", value)], "Tag", "InvalidTagValue.Malformed");
      assert.equal(e.field, "Tag.1.Value");
    });
  }

  test("refuses duplicate keys", () => {
    const e = expectCode(
      tagsSchema,
      [tag("a", "v1"), tag("b"), tag("a", "v2")],
      "Tag",
      "IllegalParam.Tags#DuplicateKey",
    );
    assert.equal(e.code, "IllegalParam.Tags");
    assert.equal(e.field, "Tag.3.Key");
  });
});

describe("aliUidSchema", () => {
  test("accepts a 16-digit string", () =>
    assert.equal(parseOrThrow(aliUidSchema, "1210123456123456", "VpconnAliUid"), "1210123456123456"));
  test("accepts a safe 16-digit number", () =>
    assert.equal(parseOrThrow(aliUidSchema, 1210123456123456, "VpconnAliUid"), "1210123456123456"));
  test("refuses an unsafe number (above 2^53)", () =>
    refuses(aliUidSchema, 9_999_999_999_999_998, "VpconnAliUid", "IllegalParam.VpconnAliUid"));
  for (const input of [
    "121012345612345",
    "12101234561234567",
    "0210123456123456",
    "12101234561234a6",
    "",
    12.5,
  ]) {
    test(`refuses ${JSON.stringify(input)}`, () =>
      refuses(aliUidSchema, input, "VpconnAliUid", "IllegalParam.VpconnAliUid"));
  }
  test("missing", () => refuses(aliUidSchema, undefined, "VpconnAliUid", "MissingParameter"));
});

describe("specSchema / orderModeSchema", () => {
  test("accepts every spec", () => {
    for (const spec of ["50M", "100M", "1G", "10G"])
      assert.equal(parseOrThrow(specSchema, spec, "Spec"), spec);
  });
  test('missing spec, or an empty one ("Spec is not set")', () => {
    refuses(specSchema, undefined, "Spec", "MissingParam.Spec");
    refuses(specSchema, "", "Spec", "MissingParam.Spec");
  });
  for (const spec of ["1g", "20G", 50, "40G"]) {
    test(`refuses spec ${JSON.stringify(spec)}`, () =>
      refuses(specSchema, spec, "Spec", "IllegalParam.Spec"));
  }
  test("order modes", () => {
    assert.equal(
      parseOrThrow(orderModeSchema, "PayByPhysicalConnectionOwner", "OrderMode"),
      "PayByPhysicalConnectionOwner",
    );
    expectCode(orderModeSchema, "PayByTenant", "OrderMode", "IllegalParam.OrderMode");
    expectCode(orderModeSchema, undefined, "OrderMode", "MissingParameter");
  });
});

describe("parseIpv4 / maskToPrefix", () => {
  test("parses dotted quads", () => {
    assert.equal(parseIpv4("0.0.0.0"), 0);
    assert.equal(parseIpv4("10.0.0.1"), 167772161);
    assert.equal(parseIpv4("255.255.255.255"), 4294967295);
    assert.equal(formatIpv4(167772161), "10.0.0.1");
    assert.equal(formatIpv4(4294967295), "255.255.255.255");
  });
  for (const bad of [
    "256.0.0.1",
    "010.0.0.1",
    "10.0.0",
    "10.0.0.1.2",
    "10.0.0.-1",
    " 10.0.0.1",
    "a.b.c.d",
    "",
    "1..2.3",
  ]) {
    test(`refuses ${JSON.stringify(bad)}`, () => assert.equal(parseIpv4(bad), null));
  }
  test("mask prefixes", () => {
    assert.equal(maskToPrefix("255.255.255.252"), 30);
    assert.equal(maskToPrefix("255.255.255.0"), 24);
    assert.equal(maskToPrefix("255.255.255.255"), 32);
    assert.equal(maskToPrefix("0.0.0.0"), 0);
    assert.equal(maskToPrefix("255.255.254.0"), 23);
    assert.equal(maskToPrefix("255.0.255.0"), null);
    assert.equal(maskToPrefix("255.255.255.253"), null);
    assert.equal(maskToPrefix("bad"), null);
  });
});

describe("checkVbrAddresses", () => {
  const base: VbrAddresses = {
    localGatewayIp: "10.0.0.1",
    peerGatewayIp: "10.0.0.2",
    peeringSubnetMask: "255.255.255.252",
  };
  const slash24 = {
    localGatewayIp: "192.168.1.1",
    peerGatewayIp: "192.168.1.254",
    peeringSubnetMask: "255.255.255.0",
  };
  const cases: [label: string, addresses: VbrAddresses, expected: string, field?: string][] = [
    ["accepts a /30 pair", base, "allowed"],
    ["accepts a /24 pair", slash24, "allowed"],
    [
      "refuses the network address",
      { ...base, localGatewayIp: "10.0.0.0" },
      "InvalidIp.Malformed#NetworkOrBroadcast",
      "LocalGatewayIp",
    ],
    [
      "refuses the broadcast address",
      { ...base, peerGatewayIp: "10.0.0.3" },
      "InvalidIp.Malformed#NetworkOrBroadcast",
      "PeerGatewayIp",
    ],
    [
      "refuses /23",
      { ...base, peeringSubnetMask: "255.255.254.0" },
      "InvalidPeeringSubnetMask.Malformed",
      "PeeringSubnetMask",
    ],
    ["refuses /31", { ...base, peeringSubnetMask: "255.255.255.254" }, "InvalidPeeringSubnetMask.Malformed"],
    [
      "refuses a non-contiguous mask",
      { ...base, peeringSubnetMask: "255.255.0.255" },
      "InvalidPeeringSubnetMask.Malformed",
    ],
    [
      "refuses equal addresses",
      { ...base, peerGatewayIp: "10.0.0.1" },
      "InvalidIp.Malformed#SameAddress",
      "PeerGatewayIp",
    ],
    [
      "refuses different subnets",
      { ...base, peerGatewayIp: "10.0.0.5" },
      "InvalidIp.NotSameSubnet",
      "PeerGatewayIp",
    ],
    [
      "refuses a malformed local address",
      { ...base, localGatewayIp: "10.0.0.256" },
      "InvalidLocalGatewayIp.Malformed",
      "LocalGatewayIp",
    ],
    [
      "refuses a malformed peer address",
      { ...base, peerGatewayIp: "10.0.0" },
      "InvalidPeerGatewayIp.Malformed",
      "PeerGatewayIp",
    ],
    [
      "refuses a missing local address",
      { ...base, localGatewayIp: undefined },
      "MissingParameter",
      "LocalGatewayIp",
    ],
    ["refuses an empty peer address", { ...base, peerGatewayIp: "" }, "MissingParameter", "PeerGatewayIp"],
    ["refuses a missing mask", { ...base, peeringSubnetMask: null }, "MissingParameter", "PeeringSubnetMask"],
  ];
  for (const [label, addresses, expected, field] of cases)
    test(label, () => assertVerdict(checkVbrAddresses(addresses), expected, field));

  test("network/broadcast keeps the wire code InvalidIp.Malformed", () => {
    const verdict = checkVbrAddresses({ ...base, peerGatewayIp: "10.0.0.3" });
    assert.ok(!verdict.ok);
    assert.equal(verdict.error.code, "InvalidIp.Malformed");
  });
  test("a missing value names the field in Alibaba's message", () => {
    const verdict = checkVbrAddresses({ ...base, peeringSubnetMask: null });
    assert.ok(!verdict.ok);
    assert.equal(
      verdict.error.message,
      "The input parameter 'PeeringSubnetMask' that is mandatory for processing this request is not supplied.",
    );
  });
});
