// Each operation that changes a shared port for the other party tells that party, in its own transaction.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { sqlAll } from "../../../db/test/raw-sql";
import { PRIVILEGE_QUOTA_ID } from "../../domain/privilege";
import { applyPrivilege } from "../operations/apply-privilege";
import { attachVbrToVpconn } from "../operations/attach-vbr-to-vpconn";
import { createVpconnFromVbr } from "../operations/create-vpconn-from-vbr";
import { deletePhysicalConnection } from "../operations/delete-physical-connection";
import { listNotifications } from "../operations/list-notifications";
import { markNotificationsRead } from "../operations/mark-notifications-read";
import { runOperation } from "../operations/operation";
import { recoverPhysicalConnection } from "../operations/recover-physical-connection";
import { terminatePhysicalConnection } from "../operations/terminate-physical-connection";
import { updateVirtualBorderBandwidth } from "../operations/update-virtual-border-bandwidth";
import { updateVirtualPhysicalConnection } from "../operations/update-virtual-physical-connection";
import {
  accept,
  assertRefusedUnchanged,
  buy,
  caller,
  freshDb,
  HZ,
  later,
  livePort,
  offerPort,
  SETTLE_MS,
  type Who,
} from "../operations/write-test-helpers";
import { notifyExpiringPrivileges } from "./privilege-expiry";

type Told = { kind: string; resource_id: string | null; params: Record<string, string | number> };

/** The notifications `who` received, oldest first. */
async function told(db: Db, who: Who): Promise<Told[]> {
  // SQLite hands back params as JSON text, PostgreSQL's jsonb as an object.
  const rows = await sqlAll<{ kind: string; resource_id: string | null; params: string | object | null }>(
    db,
    "select kind, resource_id, params from notifications where account_uid = ? order by id",
    DEMO_ACCOUNTS[who].uid,
  );
  return rows.map((r) => ({
    ...r,
    params: typeof r.params === "string" ? JSON.parse(r.params) : (r.params ?? {}),
  }));
}

async function kinds(db: Db, who: Who): Promise<string[]> {
  return (await told(db, who)).map((n) => n.kind);
}

const ACME = DEMO_ACCOUNTS.acme.name;
const UNICOM = DEMO_ACCOUNTS.unicom.name;

describe("what the partner is told", () => {
  test("a new offer tells the tenant; accepting and paying it tell the partner", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { name: "hz-edge" });
    assert.deepEqual(await told(db, "acme"), [
      { kind: "offerReceived", resource_id: id, params: { resource: "hz-edge", partner: UNICOM } },
    ]);
    await accept(db, id);
    await buy(db, id);
    assert.deepEqual(await told(db, "unicom"), [
      { kind: "offerAccepted", resource_id: id, params: { resource: "hz-edge", tenant: ACME } },
      { kind: "offerPaid", resource_id: id, params: { resource: "hz-edge", tenant: ACME, payer: ACME } },
    ]);
  });

  test("the tenant disabling and deleting its port tells the partner; the partner's own deletion does not", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(terminatePhysicalConnection, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    await runOperation(deletePhysicalConnection, caller(db, "acme", later(SETTLE_MS)), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    const partner = await kinds(db, "unicom");
    assert.deepEqual(partner.slice(-2), ["portDisabledByTenant", "portDeletedByTenant"]);

    const offer = await offerPort(db, { vlanId: 1001 });
    const before = (await told(db, "unicom")).length;
    await runOperation(deletePhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: offer,
    });
    assert.equal((await told(db, "unicom")).length, before, "nobody is told of their own act");
  });
});

describe("what the tenant is told", () => {
  test("the partner changing the VLAN or the bandwidth tells the tenant from what to what", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1100,
    });
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1100,
      expectSpec: "1G",
    });
    const tenant = (await told(db, "acme")).slice(-2);
    assert.deepEqual(
      tenant.map((n) => [n.kind, n.params.from, n.params.to]),
      [
        ["vlanChanged", 1000, 1100],
        ["bandwidthChanged", "500M", "1G"],
      ],
    );
  });

  test("the same VLAN and bandwidth again tell nobody anything", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    const before = (await told(db, "acme")).length;
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "500M",
    });
    assert.equal((await told(db, "acme")).length, before);
  });

  test("the partner recovering a disabled port tells the tenant", async () => {
    const db = await freshDb();
    await runOperation(recoverPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: DEMO_HOSTED_CONNECTIONS.acmeHzBackup,
    });
    assert.deepEqual(await kinds(db, "acme"), ["portRecovered"]);
  });

  test("the partner's Confirm after a transform tells the tenant", async () => {
    const db = await freshDb();
    await runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), {
      regionId: HZ,
      virtualBorderRouterId: DEMO_VBRS.globexLegacy,
      bandwidth: 150,
    });
    const { virtualPhysicalConnection: portId } = await runOperation(
      createVpconnFromVbr,
      caller(db, "unicom"),
      {
        regionId: HZ,
        vbrId: DEMO_VBRS.globexLegacy,
      },
    );
    await accept(db, portId, "globex");
    await buy(db, portId, "globex");
    await runOperation(attachVbrToVpconn, caller(db, "unicom"), {
      regionId: HZ,
      vpconnId: portId,
      vbrId: DEMO_VBRS.globexLegacy,
    });
    assert.deepEqual(await kinds(db, "globex"), ["offerReceived", "portConfirmed"]);
  });
});

describe("privileges", () => {
  test("Notify Result: Yes tells the applicant the result; No tells nothing", async () => {
    const db = await freshDb();
    const apply = (notifyResult: boolean) =>
      runOperation(applyPrivilege, caller(db, "unicom"), {
        quotaId: PRIVILEGE_QUOTA_ID,
        value: "valid",
        reason: "Customer X needs 500M",
        notifyResult,
      });
    await apply(false);
    assert.deepEqual(await kinds(db, "unicom"), []);
    await apply(true);
    assert.deepEqual(await told(db, "unicom"), [
      {
        kind: "privilegeResult",
        resource_id: PRIVILEGE_QUOTA_ID,
        params: { quota: PRIVILEGE_QUOTA_ID, result: "valid" },
      },
    ]);
  });

  test("a privilege about to expire is announced once, a few hours ahead", async () => {
    const db = await freshDb();
    // The demo privilege of China Unicom runs one day from NOW.
    await notifyExpiringPrivileges(db, later(20 * 60 * 60 * 1000));
    assert.deepEqual(await kinds(db, "unicom"), [], "too early");
    await notifyExpiringPrivileges(db, later(22 * 60 * 60 * 1000));
    await notifyExpiringPrivileges(db, later(23 * 60 * 60 * 1000));
    const notes = await told(db, "unicom");
    assert.deepEqual(
      notes.map((n) => n.kind),
      ["privilegeExpiring"],
    );
    assert.equal(notes[0]?.params.date, later(24 * 60 * 60 * 1000).toISOString());
    assert.deepEqual(await kinds(db, "equinix"), [], "an expired privilege is not about to expire");
  });
});

describe("the notification centre", () => {
  test("lists the caller's own, newest first, paged, with where each resource lives now", async () => {
    const db = await freshDb();
    const kept = await offerPort(db, { vlanId: 1200 });
    const gone = await offerPort(db, { vlanId: 1201 }, later(1000));
    await runOperation(deletePhysicalConnection, caller(db, "unicom", later(2000)), {
      regionId: HZ,
      physicalConnectionId: gone,
    });
    const page = await runOperation(listNotifications, caller(db, "acme", later(3000)), { pageSize: 1 });
    assert.deepEqual([page.totalCount, page.unreadCount, page.items.length], [2, 2, 1]);
    assert.deepEqual(page.items[0]?.resource, {
      type: "hosted_connection",
      id: gone,
      regionId: HZ,
      live: false,
      pageId: gone,
    });
    const second = await runOperation(listNotifications, caller(db, "acme"), { pageSize: 1, pageNumber: 2 });
    assert.deepEqual(second.items[0]?.resource, {
      type: "hosted_connection",
      id: kept,
      regionId: HZ,
      live: true,
      pageId: kept,
    });
    const partner = await runOperation(listNotifications, caller(db, "unicom"), {});
    assert.equal(partner.totalCount, 0, "the partner sees none of the tenant's");
  });

  test("marks one, then all, read; another account's notification is not found and stays unread", async () => {
    const db = await freshDb();
    await offerPort(db, { vlanId: 1200 });
    await offerPort(db, { vlanId: 1201 });
    const { items } = await runOperation(listNotifications, caller(db, "acme"), {});
    const [newest, oldest] = items;
    assert.ok(newest && oldest);
    await assertRefusedUnchanged(
      db,
      () => runOperation(markNotificationsRead, caller(db, "globex"), { ids: [newest.id] }),
      "ResourceNotFound",
    );
    await runOperation(markNotificationsRead, caller(db, "acme", later(1000)), { ids: [newest.id] });
    let after = await runOperation(listNotifications, caller(db, "acme"), {});
    assert.deepEqual([after.unreadCount, after.items.map((n) => n.read)], [1, [true, false]]);
    const unread = await runOperation(listNotifications, caller(db, "acme"), { unreadOnly: true });
    assert.deepEqual(
      unread.items.map((n) => n.id),
      [oldest.id],
    );
    const all = await runOperation(markNotificationsRead, caller(db, "acme", later(2000)), { all: true });
    assert.equal(all.marked, 1);
    after = await runOperation(listNotifications, caller(db, "acme"), {});
    assert.equal(after.unreadCount, 0);
  });
});
