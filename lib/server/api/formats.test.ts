// The RPC answer formats: JSON or XML as `Format` asks; without it JSON for a client that accepts JSON
// or signs with ACS3, XML (the RPC default) for a plain RPC v1 call. Success and error alike.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { handleRpc } from "./handler";
import { acs3Request, bodyOf, rpcV1Request } from "./test-requests";
import { readXml } from "./test-xml";

const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
const unicom = keys.find((k) => k.accountName === "China Unicom");
assert.ok(unicom);
const key = unicom;

const XML = "application/xml;charset=utf-8";
const JSON_TYPE = "application/json;charset=utf-8";

describe("response formats", () => {
  test("Format=XML, any case: the success body as Alibaba's XML, arrays as repeated elements", async () => {
    for (const format of ["XML", "xml"]) {
      const json = await handleRpc(
        rpcV1Request({ action: "DescribePhysicalConnections", params: { RegionId: "cn-hangzhou" }, key }),
        db,
      );
      const xml = await handleRpc(
        rpcV1Request({
          action: "DescribePhysicalConnections",
          params: { RegionId: "cn-hangzhou" },
          key,
          format,
        }),
        db,
      );
      assert.equal(xml.status, 200);
      assert.equal(xml.headers["content-type"], XML);
      assert.match(
        xml.body,
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<DescribePhysicalConnectionsResponse><RequestId>/,
      );
      const { root, body } = readXml(xml.body);
      assert.equal(root, "DescribePhysicalConnectionsResponse");
      assert.equal(body.RequestId, xml.headers["x-acs-request-id"]);
      const fromJson = bodyOf(json) as {
        PhysicalConnectionSet: { PhysicalConnectionType: { PhysicalConnectionId: string }[] };
      };
      const fromXml = body as {
        PhysicalConnectionSet: { PhysicalConnectionType: { PhysicalConnectionId: string }[] };
      };
      assert.deepEqual(
        fromXml.PhysicalConnectionSet.PhysicalConnectionType.map((pc) => pc.PhysicalConnectionId),
        fromJson.PhysicalConnectionSet.PhysicalConnectionType.map((pc) => pc.PhysicalConnectionId),
      );
      assert.ok(fromXml.PhysicalConnectionSet.PhysicalConnectionType.length > 1, "an array of several");
    }
  });

  test("an RPC v1 call without Format gets XML, the protocol's default; with Accept: application/json, JSON", async () => {
    const bare = rpcV1Request({ action: "DescribeRegions", key, format: null });
    const xml = await handleRpc(bare, db);
    assert.deepEqual([xml.status, xml.headers["content-type"]], [200, XML]);
    assert.equal(readXml(xml.body).root, "DescribeRegionsResponse");
    const accepting = rpcV1Request({ action: "DescribeRegions", key, format: null });
    const json = await handleRpc(
      { ...accepting, headers: { ...accepting.headers, accept: "application/json" } },
      db,
    );
    assert.deepEqual([json.status, json.headers["content-type"]], [200, JSON_TYPE]);
  });

  test("ACS3 without Format answers JSON; Format=XML turns it to XML", async () => {
    const plain = await handleRpc(acs3Request({ action: "DescribeRegions", key }), db);
    assert.equal(plain.headers["content-type"], JSON_TYPE);
    const asked = await handleRpc(
      acs3Request({ action: "DescribeRegions", params: { Format: "XML" }, key }),
      db,
    );
    assert.equal(asked.headers["content-type"], XML);
  });

  test("errors come in the asked format: <Error> with the same five fields", async () => {
    const params = { RegionId: "cn-hangzhou", PhysicalConnectionId: "pc-nope", Name: "x" };
    const signed = rpcV1Request({ action: "TerminatePhysicalConnection", params, key, format: "XML" });
    const xml = await handleRpc(signed, db);
    const json = await handleRpc(rpcV1Request({ action: "TerminatePhysicalConnection", params, key }), db);
    assert.equal(xml.headers["content-type"], XML);
    const { root, body } = readXml(xml.body);
    assert.equal(root, "Error");
    assert.deepEqual(Object.keys(body), ["RequestId", "HostId", "Code", "Message", "Recommend"]);
    const expected = bodyOf(json);
    assert.deepEqual([xml.status, body.Code, body.Message], [json.status, expected.Code, expected.Message]);
    const unsigned = await handleRpc(
      {
        method: "POST",
        url: "/?Action=DescribeRegions&Version=2016-04-28",
        headers: {},
        body: Buffer.alloc(0),
      },
      db,
    );
    assert.deepEqual(
      [unsigned.headers["content-type"], readXml(unsigned.body).body.Code],
      [XML, "MissingParameter"],
    );
  });

  test("markup and characters XML cannot carry are escaped, never break the document", async () => {
    // A parameter sent twice is refused naming it, so its name comes back in the message.
    const name = encodeURIComponent(`a<b>&"c'\u0001`);
    const answer = await handleRpc(
      {
        method: "POST",
        url: `/?Action=DescribeRegions&Version=2016-04-28&${name}=1&${name}=2`,
        headers: {},
        body: Buffer.alloc(0),
      },
      db,
    );
    assert.equal(answer.headers["content-type"], XML);
    assert.ok(!answer.body.includes("<b>") && !answer.body.includes("\u0001"), answer.body);
    const { body } = readXml(answer.body);
    assert.deepEqual(
      [body.Code, body.Message],
      ["InvalidParameter", `The specified parameter a<b>&"c'\ufffd is not valid.`],
    );
  });
});
