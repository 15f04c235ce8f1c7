import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { closeDatabase } from "../../../db/client";
import { accessKeys, orders as ordersTable } from "../../../db/schema";
import { DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { ADAPTERS } from "./adapters";
import { handleRpc } from "./handler";
import type { RpcRequest } from "./request";
import { acs3Request, bodyOf, rpcV1Request, type Signing } from "./test-requests";

const db = await createTestDb();
const demoKeys = await ensureDemoAccessKeys(db);
const keyOf = (name: string) => {
  const key = demoKeys.find((k) => k.accountName === name);
  assert.ok(key, name);
  return key;
};
const unicom = keyOf("China Unicom");
const acme = keyOf("Acme");

const MINUTE = 60 * 1000;
const UPPER_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

async function call(request: RpcRequest, now = new Date()) {
  const answer = await handleRpc(request, db, now);
  const body = bodyOf(answer);
  return { status: answer.status, code: body.Code ?? "OK", body, headers: answer.headers };
}

const regions: Signing = { action: "DescribeRegions", params: { AcceptLanguage: "en-US" }, key: unicom };
const pcs = (key = unicom): Signing => ({
  action: "DescribePhysicalConnections",
  params: { RegionId: "cn-hangzhou" },
  key,
});

describe("both signature schemes", () => {
  for (const [scheme, sign] of [
    ["ACS3", acs3Request],
    ["RPC v1", rpcV1Request],
  ] as const) {
    test(`${scheme}: a signed call succeeds, with an upper-case UUID RequestId and JSON`, async () => {
      const res = await call(sign(regions));
      assert.equal(res.status, 200);
      assert.match(String(res.body.RequestId), UPPER_UUID);
      assert.equal(res.headers["content-type"], "application/json;charset=utf-8");
      assert.equal(res.headers["x-acs-request-id"], res.body.RequestId);
    });

    test(`${scheme}: signed parameters in a form-encoded body count like query parameters`, async () => {
      assert.equal(
        (await call(sign({ ...pcs(), params: {}, form: { RegionId: "cn-hangzhou" } }))).status,
        200,
      );
      assert.equal((await call(sign({ ...pcs(), params: {} }))).code, "MissingParameter");
    });

    test(`${scheme}: awkward characters in values verify`, async () => {
      const params = { RegionId: "cn-hangzhou", OwnerAccount: "a b+c~!'()*&=/%部" };
      assert.equal((await call(sign({ ...pcs(), params }))).status, 200);
    });

    test(`${scheme}: a changed parameter, a wrong secret or an unknown key is refused`, async () => {
      const signed = sign(pcs());
      const tampered = { ...signed, url: signed.url.replace("cn-hangzhou", "cn-beijing") };
      assert.deepEqual(
        [(await call(tampered)).status, (await call(tampered)).code],
        [400, "SignatureDoesNotMatch"],
      );
      const wrongSecret = sign({ ...pcs(), key: { ...unicom, accessKeySecret: acme.accessKeySecret } });
      assert.equal((await call(wrongSecret)).code, "SignatureDoesNotMatch");
      const unknown = await call(
        sign({ ...pcs(), key: { accessKeyId: "LTAI00000000000000000000", accessKeySecret: "x" } }),
      );
      assert.deepEqual([unknown.status, unknown.code], [404, "InvalidAccessKeyId.NotFound"]);
    });

    test(`${scheme}: a date more than 15 minutes off the server clock is refused, either way`, async () => {
      const now = new Date();
      for (const offset of [-16 * MINUTE, 16 * MINUTE]) {
        const res = await call(sign({ ...regions, date: new Date(now.getTime() + offset) }), now);
        assert.deepEqual([res.status, res.code], [400, "InvalidTimeStamp.Expired"]);
      }
      assert.equal(
        (await call(sign({ ...regions, date: new Date(now.getTime() - 14 * MINUTE) }), now)).status,
        200,
      );
    });

    test(`${scheme}: a nonce works once, and a refused signature does not spend it`, async () => {
      const nonce = `nonce-${scheme}-${Date.now()}`;
      const wrongSecret = sign({ ...regions, nonce, key: { ...unicom, accessKeySecret: "wrong" } });
      assert.equal((await call(wrongSecret)).code, "SignatureDoesNotMatch");
      assert.equal((await call(sign({ ...regions, nonce }))).status, 200);
      const again = await call(sign({ ...regions, nonce }));
      assert.deepEqual([again.status, again.code], [400, "SignatureNonceUsed"]);
    });
  }
});

describe("signature nonces", () => {
  test("are spent per AccessKey: another key's nonce neither blocks nor is blocked", async () => {
    for (const sign of [acs3Request, rpcV1Request]) {
      const nonce = `shared-nonce-${sign.name}-${Date.now()}`;
      assert.equal((await call(sign({ ...regions, nonce, key: acme }))).status, 200);
      assert.equal((await call(sign({ ...regions, nonce, key: unicom }))).status, 200);
      assert.equal((await call(sign({ ...regions, nonce, key: unicom }))).code, "SignatureNonceUsed");
    }
  });
});

describe("ACS3 specifics", () => {
  test("a body that does not match x-acs-content-sha256 is refused", async () => {
    const signed = acs3Request({ ...pcs(), params: {}, form: { RegionId: "cn-hangzhou" } });
    const res = await call({ ...signed, body: Buffer.from("RegionId=cn-beijing") });
    assert.equal(res.code, "SignatureDoesNotMatch");
  });

  test("a request whose action, date or nonce is not signed is incomplete", async () => {
    for (const header of ["x-acs-action", "x-acs-date", "x-acs-signature-nonce"]) {
      const signed = acs3Request(regions);
      const authorization = (signed.headers.authorization ?? "").replace(new RegExp(`;?${header}`), "");
      const res = await call({ ...signed, headers: { ...signed.headers, authorization } });
      assert.deepEqual([res.status, res.code], [400, "IncompleteSignature"], header);
    }
  });

  test("canonical query keys are percent-encoded: ?A=1&B=2 and ?A%3D1%26B=2 do not share a signature", async () => {
    const signed = acs3Request({ ...regions, params: { A: "1", B: "2" } });
    assert.equal((await call(acs3Request({ ...regions, params: { A: "1", B: "2" } }))).status, 200);
    const smuggled = await call({ ...signed, url: "/?A%3D1%26B=2" });
    assert.deepEqual([smuggled.status, smuggled.code], [400, "SignatureDoesNotMatch"]);
  });

  test("a form body counts only when its content-type is signed", async () => {
    const form = { RegionId: "cn-hangzhou" };
    assert.equal((await call(acs3Request({ ...pcs(), params: {}, form }))).status, 200);
    const res = await call(acs3Request({ ...pcs(), params: {}, form, unsignedContentType: true }));
    assert.deepEqual([res.status, res.code], [400, "IncompleteSignature"]);
  });

  test("a malformed x-acs-date is refused as such", async () => {
    const signed = acs3Request(regions);
    const res = await call({ ...signed, headers: { ...signed.headers, "x-acs-date": "yesterday" } });
    assert.equal(res.code, "InvalidTimeStamp.Format");
  });
});

describe("RPC v1 specifics", () => {
  test("GET is signed with its own method", async () => {
    assert.equal((await call(rpcV1Request({ ...regions, method: "GET" }))).status, 200);
  });

  test("an unsigned request names the missing Signature; another method is incomplete", async () => {
    const res = await call({
      method: "POST",
      url: "/?Action=DescribeRegions&Version=2016-04-28&Format=JSON",
      headers: {},
      body: Buffer.alloc(0),
    });
    assert.deepEqual(
      [res.status, res.code, res.body.Message],
      [
        400,
        "MissingParameter",
        "The input parameter 'Signature' that is mandatory for processing this request is not supplied.",
      ],
    );
    const signed = rpcV1Request(regions);
    const sha256 = {
      ...signed,
      url: signed.url.replace("SignatureMethod=HMAC-SHA1", "SignatureMethod=HMAC-SHA256"),
    };
    assert.equal((await call(sha256)).code, "IncompleteSignature");
  });
});

describe("RPC v1 envelope", () => {
  test("Action and Version must be signed parameters, not only headers", async () => {
    const signed = rpcV1Request(regions);
    for (const param of ["Action=DescribeRegions&", "Version=2016-04-28&"]) {
      const res = await call({ ...signed, url: signed.url.replace(param, "") });
      assert.deepEqual(
        [res.code, res.body.Message],
        [
          "MissingParameter",
          `The input parameter '${param.split("=")[0]}' that is mandatory for processing this request is not supplied.`,
        ],
      );
    }
  });
});

describe("AccessKeys", () => {
  test("a disabled key authenticates nothing, and works again once enabled", async () => {
    const key = keyOf("Globex");
    await db.update(accessKeys).set({ status: "Inactive" }).where(eq(accessKeys.id, key.accessKeyId));
    const res = await call(acs3Request({ ...regions, key }));
    assert.deepEqual([res.status, res.code], [404, "InvalidAccessKeyId.NotFound"]);
    await db.update(accessKeys).set({ status: "Active" }).where(eq(accessKeys.id, key.accessKeyId));
    assert.equal((await call(acs3Request({ ...regions, key }))).status, 200);
  });

  test("a call records when its key was last used", async () => {
    const key = keyOf("Initech");
    const now = new Date();
    await call(acs3Request({ ...regions, key, date: now }), now);
    const [row] = await db.select().from(accessKeys).where(eq(accessKeys.id, key.accessKeyId));
    assert.equal(row?.lastUsedAt?.getTime(), now.getTime());
  });

  test("a RAM user's key is refused by the operation, as the console refuses RAM users", async () => {
    const res = await call(acs3Request(pcs(keyOf("Acme RAM user"))));
    assert.deepEqual([res.status, res.code], [403, "Forbidden.RAM"]);
  });
});

describe("envelope", () => {
  test("Action: missing, unknown, or contradicting the header", async () => {
    const missing = await call({
      ...acs3Request(regions),
      headers: { ...acs3Request(regions).headers, "x-acs-action": undefined },
    });
    assert.deepEqual([missing.status, missing.code], [400, "MissingParameter"]);
    const unknown = await call(acs3Request({ ...regions, action: "DescribeUnicorns" }));
    assert.deepEqual([unknown.status, unknown.code], [404, "InvalidApi.NotFound"]);
    const signed = rpcV1Request(regions);
    const contradicting = await call({
      ...signed,
      headers: { ...signed.headers, "x-acs-action": "DescribeVpcs" },
    });
    assert.equal(contradicting.code, "InvalidParameter");
  });

  test("a version other than 2016-04-28 is refused", async () => {
    for (const sign of [acs3Request, rpcV1Request]) {
      const res = await call(sign({ ...regions, version: "2014-05-26" }));
      assert.deepEqual([res.status, res.code], [400, "InvalidVersion"]);
    }
  });

  test("up to 1000 parameters are read; more are refused before any is decoded or the signature is checked", async () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`P${i}`, "x"]));
    assert.equal((await call(acs3Request({ ...regions, params: many }))).status, 200);
    const tooMany = await call(acs3Request({ ...regions, params: { ...many, P1000: "x" } }));
    assert.deepEqual(
      [tooMany.status, tooMany.code, tooMany.body.Message],
      [400, "TooManyParameters", "The request carries more than 1000 parameters."],
    );
  });

  test("a parameter sent twice is refused rather than guessed", async () => {
    const signed = acs3Request(pcs());
    const res = await call({ ...signed, url: `${signed.url}&RegionId=cn-beijing` });
    assert.deepEqual(
      [res.status, res.code, res.body.Message],
      [400, "InvalidParameter", "The specified parameter RegionId is not valid."],
    );
  });

  test("an error is the documented JSON object, with the Host as HostId", async () => {
    const res = await call(acs3Request({ ...pcs(), params: {} }));
    assert.deepEqual(Object.keys(res.body), ["RequestId", "HostId", "Code", "Message", "Recommend"]);
    assert.equal(res.body.HostId, "127.0.0.1:3000");
    assert.equal(
      res.body.Recommend,
      `https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Vpc&requestId=${res.body.RequestId}`,
    );
    assert.equal(res.headers["content-type"], "application/json;charset=utf-8");
  });

  test("an unexpected failure answers 500 InternalError with a generic message, and is logged", async (t) => {
    const logged = t.mock.method(console, "error", () => {});
    const closed = await createTestDb({ seed: false });
    await closeDatabase(closed);
    const answer = await handleRpc(acs3Request(regions), closed);
    const body = bodyOf(answer);
    assert.deepEqual(
      [answer.status, body.Code, body.Message],
      [
        500,
        "InternalError",
        "The request processing has failed due to some unknown error, exception or failure.",
      ],
    );
    assert.equal(logged.mock.callCount(), 1);
  });
});

describe("malformed input", () => {
  test("never answers 500, whatever the action and the parameter", async () => {
    const fuzzDb = await createTestDb();
    const [key] = await ensureDemoAccessKeys(fuzzDb);
    assert.ok(key);
    const garbage = ["", "-1", "abc", "true", "1e309", "x".repeat(300), "%zz", '{"a":1}', "部门"];
    for (const [action, adapter] of ADAPTERS) {
      for (const field of adapter.fields) {
        const names =
          field.type === "list"
            ? [`${field.wire}.1`]
            : field.type === "tags"
              ? [`${field.wire}.1.Key`, `${field.wire}.1.Value`]
              : field.type === "filters"
                ? [`${field.wire}.1.Key`, `${field.wire}.1.Value.1`]
                : [field.wire];
        for (const value of garbage) {
          const params = Object.fromEntries(names.map((name) => [name, value]));
          const answer = await handleRpc(
            acs3Request({ action, params: { RegionId: "cn-hangzhou", ...params }, key }),
            fuzzDb,
          );
          assert.ok(answer.status < 500, `${action} ${names.join(",")}=${value}: ${answer.body}`);
        }
      }
    }
    const rawlyBroken = { ...acs3Request({ ...regions, key }), url: "/?RegionId=%zz%E9&Name=%" };
    assert.equal((await handleRpc(rawlyBroken, fuzzDb)).status, 400);
  });
});

describe("CreatePhysicalConnectionOccupancyOrder with what the caller was shown", () => {
  test("an ExpectedSpec or ExpectedAmountCents the order would not buy is refused, nothing ordered", async () => {
    const globex = keyOf("Globex");
    const port = { RegionId: "cn-hangzhou", PhysicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer };
    const confirmed = await call(
      acs3Request({ action: "ConfirmPhysicalConnection", params: port, key: globex }),
    );
    assert.equal(confirmed.status, 200);
    const order = (params: Record<string, string>) =>
      call(
        acs3Request({
          action: "CreatePhysicalConnectionOccupancyOrder",
          params: { ...port, AutoPay: "true", ...params },
          key: globex,
        }),
      );
    const orders = async () => (await db.select().from(ordersTable)).length;
    const before = await orders();
    const wrong: Record<string, string>[] = [
      { ExpectedSpec: "5G" },
      { ExpectedSpec: "200M", ExpectedAmountCents: "1" },
    ];
    for (const shown of wrong) {
      const refused = await order(shown);
      assert.deepEqual(
        [refused.status, refused.code],
        [400, "Forbidden.NotAllowedInState"],
        JSON.stringify(shown),
      );
    }
    assert.equal(await orders(), before);
    const paid = await order({ ExpectedSpec: "200M", ExpectedAmountCents: "80000" });
    assert.equal(paid.status, 200);
    assert.equal(await orders(), before + 1);
  });
});
