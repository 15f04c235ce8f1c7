import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { OpenApiUtil } from "@alicloud/openapi-core";
import { isDomainError } from "../../domain/errors";
import { acs3CanonicalRequest, acs3Signature, hashPayload, parseAcs3Authorization } from "./acs3-signature";
import { percentEncode } from "./percent-encode";
import { rpcV1Signature } from "./rpc-v1-signature";

// The request the SDK sent to a loopback server, and its ACS3 Authorization header, signed with the
// secret "testAccessKeySecret".
const CAPTURED = {
  query: {
    Description: "desc (test)*!",
    DryRun: "false",
    Name: "nametest",
    OrderMode: "PayByVirtualPhysicalConnectionOwner",
    PhysicalConnectionId: "pc-bp1ciz7ekd2grn1as0001",
    RegionId: "cn-hangzhou",
    Spec: "50M",
    "Tag.1.Key": "FinanceDept",
    "Tag.1.Value": "FinanceJoshua",
    Token: "CBCE910E-D396-4944-8001",
    VlanId: "4",
    VpconnAliUid: "1210123456123456",
  },
  headers: {
    host: "127.0.0.1:36971",
    "x-acs-version": "2016-04-28",
    "x-acs-action": "CreateVirtualPhysicalConnection",
    "x-acs-date": "2026-11-22T06:57:47Z",
    "x-acs-signature-nonce": "d107493b45780c8755ad159ef5aef131e260960970c3023e61b33530df9404b9",
    "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "x-acs-credentials-provider": "static_ak",
  },
  authorization:
    "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=231b2422ec60f14a26bc332c0153e57efa09896409ada697d82d47fff47b1696",
};

// Values a signer gets wrong first: RFC 3986 reserved marks, spaces, '+', '~', non-ASCII, empty.
const AWKWARD = {
  RegionId: "cn-hangzhou",
  Name: "a b+c~d",
  Description: "!'()* & = ? / %",
  "Tag.1.Key": "部门",
  "Tag.1.Value": "",
};

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "none";
}

describe("percentEncode", () => {
  test("encodes as RFC 3986, unlike encodeURIComponent", () => {
    assert.equal(percentEncode("!'()*"), "%21%27%28%29%2A");
    assert.equal(percentEncode("a b~c"), "a%20b~c");
    assert.equal(percentEncode("部"), "%E9%83%A8");
  });
});

describe("ACS3-HMAC-SHA256", () => {
  test("reproduces the signature the SDK sent in the captured request", () => {
    const auth = parseAcs3Authorization(CAPTURED.authorization);
    assert.equal(auth.accessKeyId, "testAccessKeyId");
    const canonical = acs3CanonicalRequest(
      "POST",
      new Map(Object.entries(CAPTURED.query)),
      CAPTURED.headers,
      auth.signedHeaders,
      hashPayload(Buffer.alloc(0)),
    );
    assert.match(canonical, /^POST\n\/\nDescription=desc%20%28test%29%2A%21&DryRun=false&/);
    assert.match(canonical, /\nx-acs-version:2016-04-28\n\nhost;x-acs-action;/);
    assert.equal(acs3Signature("testAccessKeySecret", canonical), auth.signature);
  });

  test("agrees with the SDK's own signer on awkward values and a signed content-type", () => {
    const headers = {
      host: "127.0.0.1:3000",
      "content-type": "application/x-www-form-urlencoded",
      "x-acs-action": "ListVirtualPhysicalConnections",
      "x-acs-content-sha256": hashPayload(Buffer.from("RegionId=cn-hangzhou")),
      "x-acs-date": "2026-11-22T06:57:47Z",
      "x-acs-signature-nonce": "n1",
      "x-acs-version": "2016-04-28",
    };
    const expected = OpenApiUtil.getAuthorization(
      { method: "POST", pathname: "/", query: AWKWARD, headers } as unknown as Parameters<
        typeof OpenApiUtil.getAuthorization
      >[0],
      "ACS3-HMAC-SHA256",
      headers["x-acs-content-sha256"],
      "AK",
      "secret",
    );
    const auth = parseAcs3Authorization(expected);
    const canonical = acs3CanonicalRequest(
      "POST",
      new Map(Object.entries(AWKWARD)),
      headers,
      auth.signedHeaders,
      headers["x-acs-content-sha256"],
    );
    assert.equal(acs3Signature("secret", canonical), auth.signature);
  });

  test("refuses an Authorization header that is not an ACS3-HMAC-SHA256 one", () => {
    const malformed = [
      "",
      `ACS3-HMAC-SM3 Credential=AK,SignedHeaders=host,Signature=${"0".repeat(64)}`,
      "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host",
      "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=xyz",
      "Bearer abc",
    ];
    for (const header of malformed)
      assert.equal(
        refusal(() => parseAcs3Authorization(header)),
        "IncompleteSignature",
      );
  });
});

describe("RPC v1 HMAC-SHA1", () => {
  test("agrees with the SDK's own signer, for POST and GET", () => {
    const params = {
      ...AWKWARD,
      Action: "DescribeRegions",
      Format: "json",
      Version: "2016-04-28",
      Timestamp: "2026-11-22T06:57:47Z",
      SignatureNonce: "n2",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      AccessKeyId: "AK",
    };
    for (const method of ["POST", "GET"]) {
      const expected = OpenApiUtil.getRPCSignature(params, method, "secret");
      const withSignature = new Map(Object.entries({ ...params, Signature: expected }));
      assert.equal(rpcV1Signature(method, withSignature, "secret"), expected, method);
    }
  });
});
