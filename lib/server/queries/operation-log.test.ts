// The account's Operation Log and the circuit tab: who reads which events, and what filters and pages do.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { auditEvents } from "../../../db/schema";
import { isDomainError } from "../../domain/errors";
import {
  createVirtualPhysicalConnection,
  deleteVirtualBorderRouter,
  describeRegions,
  runOperation,
  terminatePhysicalConnection,
  updateVirtualBorderBandwidth,
  updateVirtualPhysicalConnection,
} from "../operations";
import { caller, freshDb, HZ, later, SETTLE_MS, vbrRow, type Who } from "../operations/write-test-helpers";
import { type OperationLogEntry, operationLogBatches, readOperationLog } from "./operation-log";

type Db = Awaited<ReturnType<typeof freshDb>>;

async function log(db: Db, who: Who, filter: Record<string, unknown> = {}, now = later(60_000)) {
  return readOperationLog(caller(db, who, now), filter);
}

async function actionsOf(db: Db, who: Who, filter: Record<string, unknown> = {}): Promise<string[]> {
  return (await log(db, who, { pageSize: 100, ...filter })).items.map((e) => `${e.action} ${e.resourceId}`);
}

async function refused(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "none";
}

async function offer(
  db: Db,
  tenant: "acme" | "globex",
  vlanId: number,
  circuit: string = DEMO_CIRCUITS.unicomHz01,
) {
  return (
    await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: circuit,
      vpconnAliUid: DEMO_ACCOUNTS[tenant].uid,
      vlanId,
      spec: "50M",
    })
  ).virtualPhysicalConnection;
}

describe("the circuit's Operation Log tab", () => {
  test("shows what was done to the circuit's shared ports and VBRs, by either party, and nothing of another circuit", async () => {
    const db = await freshDb();
    const onHz01 = await offer(db, "globex", 2001);
    const onHz02 = await offer(db, "acme", 2002, DEMO_CIRCUITS.unicomHz02);
    await runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), {
      regionId: HZ,
      virtualBorderRouterId: DEMO_VBRS.globexLegacy,
      bandwidth: 200,
    });
    await refused(() =>
      runOperation(terminatePhysicalConnection, caller(db, "acme"), {
        regionId: HZ,
        physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
      }),
    );

    const hz01 = await actionsOf(db, "unicom", { circuitId: DEMO_CIRCUITS.unicomHz01 });
    assert.deepEqual(hz01, [
      `TerminatePhysicalConnection ${DEMO_HOSTED_CONNECTIONS.acmeHzProd}`,
      `CreateVirtualPhysicalConnection ${onHz01}`,
    ]);
    const hz02 = await actionsOf(db, "unicom", { circuitId: DEMO_CIRCUITS.unicomHz02 });
    assert.deepEqual(hz02, [
      `UpdateVirtualBorderBandwidth ${DEMO_VBRS.globexLegacy}`,
      `CreateVirtualPhysicalConnection ${onHz02}`,
    ]);
    // Another partner reads nothing of it, whatever it names.
    assert.deepEqual(await actionsOf(db, "equinix", { circuitId: DEMO_CIRCUITS.unicomHz01 }), []);
  });
});

describe("who reads which events", () => {
  test("a tenant reads its own actions and the partner's on its ports and VBRs, never those on another tenant's", async () => {
    const db = await freshDb();
    const globexPort = await offer(db, "globex", 2011);
    const acmePort = await offer(db, "acme", 2012);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: acmePort,
      vlanId: 2013,
    });

    const globex = await log(db, "globex", { pageSize: 100 });
    assert.deepEqual(
      globex.items.map((e) => [e.action, e.resourceId, e.actor]),
      [
        [
          "CreateVirtualPhysicalConnection",
          globexPort,
          { kind: "counterpart", uid: DEMO_ACCOUNTS.unicom.uid },
        ],
      ],
    );
    assert.deepEqual(await actionsOf(db, "acme"), [
      `UpdateVirtualPhysicalConnection ${acmePort}`,
      `CreateVirtualPhysicalConnection ${acmePort}`,
    ]);
    // The partner reads all of it, as its own.
    const unicom = await log(db, "unicom", { pageSize: 100 });
    assert.equal(unicom.totalCount, 3);
    assert.ok(unicom.items.every((e) => e.actor.kind === "self"));
    assert.deepEqual(await actionsOf(db, "equinix"), []);
    assert.deepEqual(await actionsOf(db, "initech"), []);
  });

  test("a third account's refused attempt on a port is in its own log only", async () => {
    const db = await freshDb();
    const port = await offer(db, "globex", 2021);
    assert.equal(
      await refused(() =>
        runOperation(terminatePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: port,
        }),
      ),
      "InvalidPhysicalConnectionId.NotFound",
    );
    const acme = await log(db, "acme");
    assert.deepEqual(
      acme.items.map((e) => [e.action, e.resourceId, e.result, e.actor.kind]),
      [["TerminatePhysicalConnection", null, "InvalidPhysicalConnectionId.NotFound", "self"]],
    );
    assert.deepEqual(await actionsOf(db, "globex"), [`CreateVirtualPhysicalConnection ${port}`]);
    assert.deepEqual(await actionsOf(db, "unicom"), [`CreateVirtualPhysicalConnection ${port}`]);
  });

  test("a deleted VBR's history stays readable by its parties, and only by them", async () => {
    const db = await freshDb();
    const vbr = DEMO_VBRS.acmeVbrProd;
    await runOperation(deleteVirtualBorderRouter, caller(db, "acme"), { regionId: HZ, vbrId: vbr });
    await runOperation(describeRegions, caller(db, "acme", later(SETTLE_MS)), {});
    assert.equal(await vbrRow(db, vbr), undefined, "the VBR's row is gone");

    for (const who of ["acme", "unicom"] as const) {
      const { items } = await log(db, who, { resourceId: vbr });
      assert.deepEqual(
        items.map((e) => [e.action, e.resourceType, e.result]),
        [["DeleteVirtualBorderRouter", "vbr", "Success"]],
        who,
      );
    }
    for (const who of ["globex", "equinix"] as const) {
      assert.equal((await log(db, who, { resourceId: vbr })).totalCount, 0, who);
    }
  });

  test("another account's AccessKey ID is never shown; the caller's own is", async () => {
    const db = await freshDb();
    const api = {
      ...caller(db, "unicom"),
      caller: { accountUid: DEMO_ACCOUNTS.unicom.uid, via: "api" as const, accessKeyId: "LTAIunicomkey0001" },
    };
    const port = (
      await runOperation(createVirtualPhysicalConnection, api, {
        regionId: HZ,
        physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
        vpconnAliUid: DEMO_ACCOUNTS.globex.uid,
        vlanId: 2031,
        spec: "50M",
      })
    ).virtualPhysicalConnection;
    const [own] = (await log(db, "unicom", { resourceId: port })).items;
    const [theirs] = (await log(db, "globex", { resourceId: port })).items;
    assert.equal(own?.accessKeyId, "LTAIunicomkey0001");
    assert.equal(own?.via, "api");
    assert.equal(theirs?.accessKeyId, null);
    assert.equal(theirs?.via, "api");
    assert.equal(theirs?.requestId, own?.requestId);
  });
});

describe("filters and pages", () => {
  test("action, result, source and time range narrow the log; pages are newest first", async () => {
    const db = await freshDb();
    const ports: string[] = [];
    for (let i = 0; i < 3; i++) ports.push(await offer(db, "globex", 2041 + i));
    await refused(() =>
      runOperation(terminatePhysicalConnection, caller(db, "unicom", later(2 * 60 * 60 * 1000)), {
        regionId: HZ,
        physicalConnectionId: ports[0],
      }),
    );
    const at = later(3 * 60 * 60 * 1000);
    const read = (filter: Record<string, unknown>) => readOperationLog(caller(db, "unicom", at), filter);

    assert.equal((await read({ action: "CreateVirtualPhysicalConnection" })).totalCount, 3);
    const failures = await read({ result: "failure" });
    assert.deepEqual(
      failures.items.map((e) => e.action),
      ["TerminatePhysicalConnection"],
    );
    assert.notEqual(failures.items[0]?.result, "Success");
    assert.equal((await read({ result: "success" })).totalCount, 3);
    assert.equal((await read({ via: "api" })).totalCount, 0);
    assert.equal((await read({ via: "console" })).totalCount, 4);
    // Only the refusal is less than 1 hour before `at`.
    assert.equal((await read({ range: "1h" })).totalCount, 1);
    assert.equal((await read({ range: "24h" })).totalCount, 4);
    assert.equal((await read({ range: "all", resourceId: ports[1] })).totalCount, 1);

    const first = await read({ pageSize: 20, pageNumber: 1 });
    assert.equal(first.items[0]?.action, "TerminatePhysicalConnection");
    assert.equal(first.items.at(-1)?.resourceId, ports[0]);
  });

  test("bad filters are refused as InvalidParameter", async () => {
    const db = await freshDb();
    for (const filter of [
      { range: "2y" },
      { pageSize: 7 },
      { result: "maybe" },
      { via: "fax" },
      { resourceId: "a'b" },
      { action: "Drop;Table" },
      { pageNumber: 0 },
    ]) {
      assert.equal(await refused(() => log(db, "acme", filter)), "InvalidParameter", JSON.stringify(filter));
    }
  });

  test("the export's batches hold every matching entry once, newest first, across batches of equal times", async () => {
    const db = await freshDb();
    const port = await offer(db, "acme", 2051);
    // More than two batches, all at one instant: only the ID tells them apart.
    const at = later(1000);
    await db.insert(auditEvents).values(
      Array.from({ length: 1001 }, (_, i) => ({
        at,
        actorUid: DEMO_ACCOUNTS.acme.uid,
        via: "console" as const,
        action: "ConfirmPhysicalConnection",
        resourceType: "hosted_connection",
        resourceId: port,
        ownerUid: DEMO_ACCOUNTS.acme.uid,
        partnerUid: DEMO_ACCOUNTS.unicom.uid,
        circuitId: DEMO_CIRCUITS.unicomHz01,
        result: "Success",
        requestId: `REQ-${i}`,
      })),
    );
    const exported: OperationLogEntry[] = [];
    const sizes: number[] = [];
    for await (const batch of operationLogBatches(caller(db, "globex", later(60_000)), {}))
      sizes.push(batch.length);
    assert.deepEqual(sizes, [], "Globex reads none of it");
    for await (const batch of operationLogBatches(caller(db, "acme", later(60_000)), { resourceId: port })) {
      exported.push(...batch);
    }
    assert.equal(exported.length, 1002);
    assert.equal(new Set(exported.map((e) => e.id)).size, 1002);
    assert.equal(exported.at(-1)?.action, "CreateVirtualPhysicalConnection");
    const ids = exported.slice(0, -1).map((e) => e.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
  });
});
