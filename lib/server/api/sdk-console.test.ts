// The API and the console run the same operations on the same database: what one does, the other sees.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { createVirtualPhysicalConnection, listVirtualPhysicalConnections, runOperation } from "../operations";
import { contextFor } from "../operations/test-helpers";
import { sdkClient, vpc } from "./sdk-client";
import { startRpcServer } from "./test-server";

const db = await createTestDb();
const unicomKey = (await ensureDemoAccessKeys(db)).find((k) => k.accountUid === DEMO_ACCOUNTS.unicom.uid);
let server: Awaited<ReturnType<typeof startRpcServer>>;
before(async () => {
  server = await startRpcServer(db);
});
after(() => server.close());

const inConsole = () => contextFor(db, DEMO_ACCOUNTS.unicom.uid);
const offer = {
  regionId: "cn-hangzhou",
  physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
  spec: "100M" as const,
};

test("a shared port offered through the API is in the console's list, and one offered in the console in the API's", async () => {
  assert.ok(unicomKey);
  const sdk = sdkClient(server.endpoint, unicomKey);
  const viaApi = await sdk.createVirtualPhysicalConnection(
    new vpc.CreateVirtualPhysicalConnectionRequest({
      ...offer,
      vpconnAliUid: Number(DEMO_ACCOUNTS.globex.uid),
      vlanId: 1900,
      orderMode: "PayByVirtualPhysicalConnectionOwner",
    }),
  );
  const viaConsole = await runOperation(createVirtualPhysicalConnection, inConsole(), {
    ...offer,
    vpconnAliUid: DEMO_ACCOUNTS.globex.uid,
    vlanId: 1901,
  });

  const consoleSees = await runOperation(listVirtualPhysicalConnections, inConsole(), {
    regionId: "cn-hangzhou",
  });
  const apiSees = await sdk.listVirtualPhysicalConnections(
    new vpc.ListVirtualPhysicalConnectionsRequest({ regionId: "cn-hangzhou", maxResults: 100 }),
  );
  const apiIds = (apiSees.body?.virtualPhysicalConnections ?? []).map((p) => p.physicalConnectionId);
  const consoleIds = consoleSees.items.map((p) => p.id);
  for (const id of [viaApi.body?.virtualPhysicalConnection, viaConsole.virtualPhysicalConnection]) {
    assert.ok(consoleIds.includes(id ?? ""), `the console lists ${id}`);
    assert.ok(apiIds.includes(id), `the API lists ${id}`);
  }
});
