// RAM users' AccessKeys through the unmodified official SDK: the policy holds in the API as in the console.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { newRequestId } from "../ids";
import { OPERATOR_OPERATIONS, runOperatorOperation } from "../operator";
import { sdkClient, vpc } from "./sdk-client";
import { startRpcServer } from "./test-server";

const db = await createTestDb();
let endpoint = "";
let close: () => Promise<void> = async () => {};
before(async () => {
  ({ endpoint, close } = await startRpcServer(db));
});
after(() => close());

const cli = () => ({ db, caller: { via: "cli" as const }, requestId: newRequestId(), now: new Date() });

async function ramKey(policy: "ReadOnly" | "FullAccess") {
  const ram = await runOperatorOperation(OPERATOR_OPERATIONS.CreateRamUser, cli(), {
    parentUid: DEMO_ACCOUNTS.unicom.uid,
    name: `Unicom ${policy}`,
    policy,
  });
  return runOperatorOperation(OPERATOR_OPERATIONS.CreateAccessKey, cli(), { accountUid: ram.uid });
}

async function refusal(call: Promise<unknown>): Promise<[number, string]> {
  try {
    await call;
  } catch (error) {
    const { statusCode, code } = error as { statusCode: number; code: string };
    return [statusCode, code];
  }
  return assert.fail("the call succeeded");
}

const offer = (vlanId: number) =>
  new vpc.CreateVirtualPhysicalConnectionRequest({
    regionId: "cn-hangzhou",
    physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    vpconnAliUid: DEMO_ACCOUNTS.acme.uid,
    vlanId,
    spec: "500M",
    name: "ram-offer",
  });

test("a read-only RAM user's key reads its primary account's circuits and is refused every write", async () => {
  const client = sdkClient(endpoint, await ramKey("ReadOnly"));
  const seen = await client.describePhysicalConnections(
    new vpc.DescribePhysicalConnectionsRequest({ regionId: "cn-hangzhou" }),
  );
  assert.ok(
    seen.body?.physicalConnectionSet?.physicalConnectionType?.some(
      (c) => c.physicalConnectionId === DEMO_CIRCUITS.unicomHz01,
    ),
  );
  assert.deepEqual(await refusal(client.createVirtualPhysicalConnection(offer(2901))), [
    403,
    "Forbidden.RAM",
  ]);
});

test("a full-access RAM user's key writes in its primary account's name", async () => {
  const client = sdkClient(endpoint, await ramKey("FullAccess"));
  const created = await client.createVirtualPhysicalConnection(offer(2902));
  assert.match(created.body?.virtualPhysicalConnection ?? "", /^pc-/);
});
