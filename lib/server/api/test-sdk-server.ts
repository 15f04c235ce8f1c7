// The setup every real-client test shares: a demo database with its AccessKeys, the RPC handler served
// over HTTP for the file's tests, and the official SDK and @alicloud/pop-core signed as a demo account.
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { type PopClient, popClient } from "./pop-client";
import { type SdkKey, type SignatureScheme, sdkClient, type vpc } from "./sdk-client";
import { startRpcServer } from "./test-server";

export async function sdkTestServer() {
  const db = await createTestDb();
  const keys = await ensureDemoAccessKeys(db);
  let endpoint = "";
  let close: () => Promise<void> = async () => {};
  before(async () => {
    ({ endpoint, close } = await startRpcServer(db));
  });
  after(() => close());

  function keyOf(name: string): SdkKey {
    const key = keys.find((k) => k.accountName === name);
    assert.ok(key, name);
    return key;
  }
  return {
    db,
    keyOf,
    /** host:port, known once the file's tests start. */
    endpoint: () => endpoint,
    sdk: (name: string, scheme?: SignatureScheme, key: Partial<SdkKey> = {}): vpc.default =>
      sdkClient(endpoint, { ...keyOf(name), ...key }, scheme),
    pop: (name: string): PopClient => popClient(`http://${endpoint}`, keyOf(name)),
  };
}
