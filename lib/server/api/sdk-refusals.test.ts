// Every refusal CreateVirtualPhysicalConnection can give, other accounts' resources, DryRun and Token
// idempotency: produced by the official SDK, asserted by code and HTTP status, and changing nothing.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { circuits } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { snapshot } from "../operations/write-test-helpers";
import { ensureDemoAccessKeys } from "../access-keys";
import { sdkClient, vpc } from "./sdk-client";
import { startRpcServer } from "./test-server";

const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
// Two circuits made unusable for the NotEnabled and quota cases; nothing else below touches them.
await db.update(circuits).set({ status: "Terminated" }).where(eq(circuits.id, DEMO_CIRCUITS.unicomBj01));
await db.update(circuits).set({ vpconnQuota: 1 }).where(eq(circuits.id, DEMO_CIRCUITS.unicomHz02));

let endpoint = "";
let close: () => Promise<void> = async () => {};
before(async () => {
  ({ endpoint, close } = await startRpcServer(db));
});
after(() => close());

const as = (name: string) => {
  const key = keys.find((k) => k.accountName === name);
  assert.ok(key, name);
  return sdkClient(endpoint, key);
};

type CreateParams = ConstructorParameters<typeof vpc.CreateVirtualPhysicalConnectionRequest>[0];

const VALID: CreateParams = {
  regionId: "cn-hangzhou",
  physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
  vpconnAliUid: Number(DEMO_ACCOUNTS.acme.uid),
  vlanId: 1700,
  spec: "100M",
  orderMode: "PayByVirtualPhysicalConnectionOwner",
};

/** The SDK types numbers as numbers; a malformed value has to be smuggled past it. */
const malformed = (value: string) => value as unknown as number;

async function refusal(call: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { statusCode, code, data } = error as {
      statusCode: number;
      code: string;
      data: { Message: string };
    };
    return { status: statusCode, code, message: data.Message };
  }
  return assert.fail("the call succeeded");
}

const create = (caller: string, params: CreateParams) =>
  as(caller).createVirtualPhysicalConnection(new vpc.CreateVirtualPhysicalConnectionRequest(params));

const CREATE_REFUSALS: Array<[string, number, string, CreateParams]> = [
  ["MissingParameter", 400, "China Unicom", { ...VALID, physicalConnectionId: undefined }],
  ["MissingParameter", 400, "China Unicom", { ...VALID, regionId: undefined }],
  ["MissingParameter", 400, "China Unicom", { ...VALID, vlanId: undefined }],
  ["MissingParam.Spec", 400, "China Unicom", { ...VALID, spec: undefined }],
  ["IllegalParam.Spec", 400, "China Unicom", { ...VALID, spec: "3G" }],
  ["IllegalParam.VlanId", 400, "China Unicom", { ...VALID, vlanId: 3000 }],
  ["InvalidVlanId.Malformed", 400, "China Unicom", { ...VALID, vlanId: malformed("abc") }],
  ["InvalidVlanId.Used", 400, "China Unicom", { ...VALID, vlanId: 101 }],
  ["IllegalParam.OrderMode", 400, "China Unicom", { ...VALID, orderMode: "PayByNobody" }],
  ["IllegalParam.VpconnAliUid", 400, "China Unicom", { ...VALID, vpconnAliUid: 1999999999999999 }],
  [
    "Forbidden.VpconnAliUid",
    400,
    "China Unicom",
    { ...VALID, vpconnAliUid: Number(DEMO_ACCOUNTS.acmeRam.uid) },
  ],
  [
    "Forbidden.VpconnAliUid",
    400,
    "China Unicom",
    { ...VALID, vpconnAliUid: Number(DEMO_ACCOUNTS.equinix.uid) },
  ],
  [
    "OperationDenied.CrossSite",
    400,
    "China Unicom",
    { ...VALID, vpconnAliUid: Number(DEMO_ACCOUNTS.initech.uid) },
  ],
  ["InvalidName.Malformed", 400, "China Unicom", { ...VALID, name: "1-starts-with-a-digit" }],
  ["InvalidDescription.Malformed", 400, "China Unicom", { ...VALID, description: "http://example.com" }],
  [
    "IllegalParam.Tags",
    400,
    "China Unicom",
    { ...VALID, tag: [new vpc.CreateVirtualPhysicalConnectionRequestTag({ key: "k", value: "v" })] },
  ],
  [
    "ResourceNotFound.PhysicalConnectionId",
    400,
    "China Unicom",
    { ...VALID, physicalConnectionId: "pc-bp1nothere" },
  ],
  [
    "ResourceNotFound.PhysicalConnectionId",
    400,
    "China Unicom",
    { ...VALID, regionId: "us-east-1", physicalConnectionId: DEMO_CIRCUITS.equinixDc11a },
  ],
  [
    "InvalidPhysicalConnectionId.NotEnabled",
    400,
    "China Unicom",
    { ...VALID, regionId: "cn-beijing", physicalConnectionId: DEMO_CIRCUITS.unicomBj01 },
  ],
  ["ResourceNotEnough.Bandwidth", 400, "China Unicom", { ...VALID, spec: "10G" }],
  ["QuotaExceeded.VPCONN", 400, "China Unicom", { ...VALID, physicalConnectionId: DEMO_CIRCUITS.unicomHz02 }],
  [
    "IllegalParam.Bandwidth",
    400,
    "Equinix",
    {
      ...VALID,
      regionId: "us-east-1",
      physicalConnectionId: DEMO_CIRCUITS.equinixDc11a,
      vpconnAliUid: Number(DEMO_ACCOUNTS.initech.uid),
    },
  ],
  ["OperationDenied.CreateVpconn", 400, "Acme", VALID],
  ["InvalidRegionId.NotFound", 404, "China Unicom", { ...VALID, regionId: "cn-nowhere" }],
  ["Forbidden.RAM", 403, "Acme RAM user", VALID],
];

describe("CreateVirtualPhysicalConnection refusals through the SDK", () => {
  test("each documented code comes with its HTTP status, and nothing changes", async () => {
    const before = await snapshot(db);
    for (const [code, status, caller, params] of CREATE_REFUSALS) {
      const got = await refusal(create(caller, params));
      assert.deepEqual([got.status, got.code], [status, code], `${code}: ${JSON.stringify(params)}`);
    }
    assert.deepEqual(await snapshot(db), before);
  });

  test("a missing parameter is named as on the wire", async () => {
    const got = await refusal(create("China Unicom", { ...VALID, physicalConnectionId: undefined }));
    assert.equal(
      got.message,
      "The input parameter 'PhysicalConnectionId' that is mandatory for processing this request is not supplied.",
    );
  });
});

describe("other accounts' resources", () => {
  test("are refused as not found, and nothing changes", async () => {
    const before = await snapshot(db);
    const hz = { regionId: "cn-hangzhou" };
    const cases: Array<[string, () => Promise<unknown>]> = [
      [
        "ResourceNotFound.PhysicalConnectionId",
        () =>
          as("Equinix").updateVirtualPhysicalConnection(
            new vpc.UpdateVirtualPhysicalConnectionRequest({
              ...hz,
              instanceId: DEMO_HOSTED_CONNECTIONS.globexOffer,
              vlanId: 1800,
            }),
          ),
      ],
      [
        "ResourceNotFound.PhysicalConnectionId",
        () =>
          as("Acme").confirmPhysicalConnection(
            new vpc.ConfirmPhysicalConnectionRequest({
              ...hz,
              physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
            }),
          ),
      ],
      [
        "InvalidVbrId.NotFound",
        () =>
          as("Globex").deleteVirtualBorderRouter(
            new vpc.DeleteVirtualBorderRouterRequest({ ...hz, vbrId: DEMO_VBRS.acmeVbrProd }),
          ),
      ],
    ];
    // One call at a time: a refusal nobody awaits yet would be an unhandled rejection.
    for (const [code, call] of cases) assert.equal((await refusal(call())).code, code);
    assert.deepEqual(await snapshot(db), before);
  });
});

describe("DryRun and Token", () => {
  const listed = async () =>
    (
      await as("China Unicom").listVirtualPhysicalConnections(
        new vpc.ListVirtualPhysicalConnectionsRequest({ regionId: "cn-hangzhou", maxResults: 100 }),
      )
    ).body?.totalCount;

  test("a passing DryRun of CreateVirtualPhysicalConnection is 400 DryRunOperation and creates nothing", async () => {
    const before = await snapshot(db);
    const got = await refusal(create("China Unicom", { ...VALID, dryRun: true }));
    assert.deepEqual([got.status, got.code], [400, "DryRunOperation"]);
    assert.deepEqual(await snapshot(db), before);
    const failing = await refusal(create("China Unicom", { ...VALID, dryRun: true, vlanId: 101 }));
    assert.equal(failing.code, "InvalidVlanId.Used", "a dry run still runs every check");
  });

  test("the same Token with the same parameters answers the first result and creates nothing more", async () => {
    const count = await listed();
    const token = `token-${Date.now()}`;
    const first = await create("China Unicom", { ...VALID, vlanId: 1710, token });
    const again = await create("China Unicom", { ...VALID, vlanId: 1710, token });
    assert.equal(again.body?.virtualPhysicalConnection, first.body?.virtualPhysicalConnection);
    assert.notEqual(again.body?.requestId, first.body?.requestId);
    assert.equal(await listed(), (count ?? 0) + 1);

    const before = await snapshot(db);
    const changed = await refusal(create("China Unicom", { ...VALID, vlanId: 1711, token }));
    assert.deepEqual([changed.status, changed.code], [400, "IdempotentParameterMismatch"]);
    assert.deepEqual(await snapshot(db), before);
  });

  test("ClientToken works the same on the tenant's actions", async () => {
    const confirm = (clientToken?: string) =>
      as("Globex").confirmPhysicalConnection(
        new vpc.ConfirmPhysicalConnectionRequest({
          regionId: "cn-hangzhou",
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer,
          clientToken,
        }),
      );
    const clientToken = `ct-${Date.now()}`;
    await confirm(clientToken);
    await confirm(clientToken);
    const untokened = await refusal(confirm());
    assert.equal(untokened.code, "IncorrectStatus.PhysicalConnection", "only the replay succeeded twice");
  });
});
