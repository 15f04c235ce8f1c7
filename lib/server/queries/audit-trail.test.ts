// The per-resource Operation Log: who may read which resource's trail, and what it shows of the others.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { desc, eq } from "drizzle-orm";
import { auditEvents } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { ensureDemoAccessKeys } from "../access-keys";
import { sdkClient, vpc } from "../api/sdk-client";
import { startRpcServer } from "../api/test-server";
import {
  confirmPhysicalConnection,
  createVirtualPhysicalConnection,
  runOperation,
  terminatePhysicalConnection,
  updateVirtualBorderBandwidth,
} from "../operations";
import { contextFor } from "../operations/test-helpers";
import { AUDIT_TRAIL_PAGE_SIZE, type AuditTrail, readAuditTrail } from "./audit-trail";

const HZ = "cn-hangzhou";
const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
const unicomKey = keys.find((k) => k.accountUid === DEMO_ACCOUNTS.unicom.uid);
const acmeKey = keys.find((k) => k.accountUid === DEMO_ACCOUNTS.acme.uid);
let server: Awaited<ReturnType<typeof startRpcServer>>;
before(async () => {
  server = await startRpcServer(db);
});
after(() => server.close());

const as = (who: keyof typeof DEMO_ACCOUNTS) => contextFor(db, DEMO_ACCOUNTS[who].uid);
const trail = (who: keyof typeof DEMO_ACCOUNTS, resourceId: string, pageNumber = 1): Promise<AuditTrail> =>
  readAuditTrail(as(who), { regionId: HZ, resourceId, pageNumber });

async function refusal(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "none";
}

/** A fresh offer by China Unicom to a tenant, made in the console. */
async function offer(tenant: "acme" | "globex", vlanId: number): Promise<string> {
  return (
    await runOperation(createVirtualPhysicalConnection, as("unicom"), {
      regionId: HZ,
      physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      vpconnAliUid: DEMO_ACCOUNTS[tenant].uid,
      vlanId,
      spec: "50M",
    })
  ).virtualPhysicalConnection;
}

describe("who may read a resource's Operation Log", () => {
  test("Globex cannot read the log of Acme's shared port or of Acme's VBR, nor Equinix either", async () => {
    const port = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
    assert.equal(await refusal(() => trail("globex", port)), "InvalidPhysicalConnectionId.NotFound");
    assert.equal(await refusal(() => trail("equinix", port)), "InvalidPhysicalConnectionId.NotFound");
    assert.equal(await refusal(() => trail("globex", DEMO_VBRS.acmeVbrProd)), "InvalidVbrId.NotFound");
    assert.equal(await refusal(() => trail("equinix", DEMO_VBRS.acmeVbrProd)), "InvalidVbrId.NotFound");
    // The tenant and the partner whose circuit carries it may.
    assert.equal((await trail("acme", port)).resourceType, "hosted_connection");
    assert.equal((await trail("unicom", port)).resourceType, "hosted_connection");
    assert.equal((await trail("acme", DEMO_VBRS.acmeVbrProd)).resourceType, "vbr");
    assert.equal((await trail("unicom", DEMO_VBRS.acmeVbrProd)).resourceType, "vbr");
  });

  test("a circuit's log is its owner's only; an unknown ID answers like an invisible one", async () => {
    assert.equal((await trail("unicom", DEMO_CIRCUITS.unicomHz01)).resourceType, "circuit");
    assert.equal(
      await refusal(() => trail("acme", DEMO_CIRCUITS.unicomHz01)),
      "InvalidPhysicalConnectionId.NotFound",
    );
    assert.equal(
      await refusal(() =>
        readAuditTrail(as("equinix"), { regionId: "us-east-1", resourceId: DEMO_CIRCUITS.unicomHz01 }),
      ),
      "InvalidPhysicalConnectionId.NotFound",
    );
    assert.equal(
      await refusal(() => trail("unicom", "pc-doesnotexist0000000")),
      "InvalidPhysicalConnectionId.NotFound",
    );
    assert.equal(await refusal(() => trail("unicom", "not-an-id")), "InvalidParameter");
    assert.equal(await refusal(() => trail("unicom", DEMO_CIRCUITS.unicomHz01, 0)), "InvalidParameter");
  });

  test("a refused read leaves no trace in the log it was refused", async () => {
    const port = await offer("globex", 2601);
    assert.equal(await refusal(() => trail("acme", port)), "InvalidPhysicalConnectionId.NotFound");
    assert.deepEqual(
      (await trail("unicom", port)).items.map((e) => e.action),
      ["CreateVirtualPhysicalConnection"],
    );
  });
});

describe("what a log shows", () => {
  test("a partner reads the log of a port on its circuit, with the tenant's actions; the tenant reads the partner's", async () => {
    const port = await offer("globex", 2602);
    await runOperation(confirmPhysicalConnection, as("globex"), { regionId: HZ, physicalConnectionId: port });

    const partnerView = await trail("unicom", port);
    assert.equal(partnerView.totalCount, 2);
    assert.deepEqual(
      partnerView.items.map((e) => [e.action, e.actor, e.via, e.result]),
      [
        [
          "ConfirmPhysicalConnection",
          { kind: "counterpart", uid: DEMO_ACCOUNTS.globex.uid },
          "console",
          "Success",
        ],
        [
          "CreateVirtualPhysicalConnection",
          { kind: "self", uid: DEMO_ACCOUNTS.unicom.uid },
          "console",
          "Success",
        ],
      ],
    );
    const tenantView = await trail("globex", port);
    assert.deepEqual(
      tenantView.items.map((e) => e.actor),
      [
        { kind: "self", uid: DEMO_ACCOUNTS.globex.uid },
        { kind: "counterpart", uid: DEMO_ACCOUNTS.unicom.uid },
      ],
    );
    for (const entry of [...partnerView.items, ...tenantView.items]) {
      assert.match(entry.requestId, /^[0-9A-F-]{36}$/);
      assert.equal(entry.accessKeyId, null);
    }
  });

  test("an API call shows its AccessKey ID and RequestId to the key's owner; the other party sees the RequestId only", async () => {
    assert.ok(unicomKey);
    const sdk = sdkClient(server.endpoint, unicomKey);
    const created = await sdk.createVirtualPhysicalConnection(
      new vpc.CreateVirtualPhysicalConnectionRequest({
        regionId: HZ,
        physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
        vpconnAliUid: Number(DEMO_ACCOUNTS.globex.uid),
        vlanId: 2603,
        spec: "50M",
        orderMode: "PayByVirtualPhysicalConnectionOwner",
      }),
    );
    const port = created.body?.virtualPhysicalConnection ?? "";
    const requestId = created.body?.requestId ?? "";
    assert.match(requestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);

    const seenByPartner = (await trail("unicom", port)).items;
    assert.deepEqual(seenByPartner, [
      {
        id: seenByPartner[0]?.id,
        at: seenByPartner[0]?.at,
        actor: { kind: "self", uid: DEMO_ACCOUNTS.unicom.uid },
        via: "api",
        accessKeyId: unicomKey.accessKeyId,
        action: "CreateVirtualPhysicalConnection",
        result: "Success",
        requestId,
      },
    ]);
    const [seenByTenant] = (await trail("globex", port)).items;
    assert.equal(seenByTenant?.via, "api");
    assert.equal(seenByTenant?.requestId, requestId);
    assert.deepEqual(seenByTenant?.actor, { kind: "counterpart", uid: DEMO_ACCOUNTS.unicom.uid });
    assert.equal(seenByTenant?.accessKeyId, null, "another account's AccessKey ID is never shown");
  });

  test("a third account's refused attempt stays out of the port's log: it is in the caller's own", async () => {
    assert.ok(acmeKey);
    const port = await offer("globex", 2604);
    const sdk = sdkClient(server.endpoint, acmeKey);
    const refused = await sdk
      .terminatePhysicalConnection(
        new vpc.TerminatePhysicalConnectionRequest({ regionId: HZ, physicalConnectionId: port }),
      )
      .then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
    assert.equal(refused, "InvalidPhysicalConnectionId.NotFound");

    // Anyone can type another tenant's port ID: that must not write into the tenant's Operation Log.
    const { items } = await trail("globex", port);
    assert.deepEqual(
      items.map((item) => [item.action, item.actor.kind]),
      [["CreateVirtualPhysicalConnection", "counterpart"]],
    );
    const [own] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "TerminatePhysicalConnection"))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    assert.deepEqual(
      [own?.actorUid, own?.accessKeyId, own?.via, own?.result, own?.resourceType, own?.resourceId],
      [
        DEMO_ACCOUNTS.acme.uid,
        acmeKey.accessKeyId,
        "api",
        "InvalidPhysicalConnectionId.NotFound",
        null,
        null,
      ],
    );
    // The account that tried sees nothing of that port.
    assert.equal(await refusal(() => trail("acme", port)), "InvalidPhysicalConnectionId.NotFound");
  });

  test("a VBR's log shows the circuit owner's actions to the VBR's owner, and the reverse", async () => {
    const vbr = DEMO_VBRS.globexLegacy;
    await runOperation(updateVirtualBorderBandwidth, as("unicom"), {
      regionId: HZ,
      virtualBorderRouterId: vbr,
      bandwidth: 200,
    });
    const [byPartner] = (await trail("globex", vbr)).items;
    assert.equal(byPartner?.action, "UpdateVirtualBorderBandwidth");
    assert.deepEqual(byPartner?.actor, { kind: "counterpart", uid: DEMO_ACCOUNTS.unicom.uid });
    assert.equal((await trail("unicom", vbr)).items[0]?.actor.kind, "self");
    assert.equal(await refusal(() => trail("acme", vbr)), "InvalidVbrId.NotFound");

    // Acme's refused attempt on its own shared port is in the port's log, not in its VBR's.
    assert.notEqual(
      await refusal(() =>
        runOperation(terminatePhysicalConnection, as("acme"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      ),
      "none",
    );
    assert.equal((await trail("acme", DEMO_VBRS.acmeVbrProd)).totalCount, 0);
    const [onPort] = (await trail("unicom", DEMO_HOSTED_CONNECTIONS.acmeHzProd)).items;
    assert.equal(onPort?.action, "TerminatePhysicalConnection");
    assert.deepEqual(onPort?.actor, { kind: "counterpart", uid: DEMO_ACCOUNTS.acme.uid });
  });

  test("newest first, 20 a page", async () => {
    const port = await offer("acme", 2605);
    const base = Date.now() + 60_000;
    await db.insert(auditEvents).values(
      Array.from({ length: 24 }, (_, i) => ({
        at: new Date(base + i * 1000),
        actorUid: DEMO_ACCOUNTS.acme.uid,
        via: "console" as const,
        action: `Step${i}`,
        resourceType: "hosted_connection",
        resourceId: port,
        result: "Success",
        requestId: `REQ-${i}`,
      })),
    );
    const first = await trail("acme", port);
    assert.equal(first.totalCount, 25);
    assert.equal(first.pageSize, AUDIT_TRAIL_PAGE_SIZE);
    assert.equal(first.items.length, 20);
    assert.deepEqual(
      first.items.slice(0, 3).map((e) => e.action),
      ["Step23", "Step22", "Step21"],
    );
    const second = await trail("acme", port, 2);
    assert.deepEqual(
      second.items.map((e) => e.action),
      ["Step3", "Step2", "Step1", "Step0", "CreateVirtualPhysicalConnection"],
    );
    assert.equal((await trail("acme", port, 3)).items.length, 0);
  });
});
