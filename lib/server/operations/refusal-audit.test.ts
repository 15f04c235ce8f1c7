// A refused call is recorded on the resource it named only when the caller may see that resource;
// otherwise in the caller's own log, without the resource, so no account can write into another's log.
import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { readAuditTrail } from "../queries/audit-trail";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { runOperation } from "./operation";
import { terminatePhysicalConnection } from "./terminate-physical-connection";
import { terminateVirtualBorderRouter } from "./terminate-virtual-border-router";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import { caller, freshDb, HZ, type Who } from "./write-test-helpers";
import { sqlGet } from "../../../db/test/raw-sql";

type AuditRow = {
  actor_uid: string;
  action: string;
  result: string;
  resource_type: string | null;
  resource_id: string | null;
};

const ACME_PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;

async function lastAudit(db: Db): Promise<AuditRow> {
  return (await sqlGet(
    db,
    "select actor_uid, action, result, resource_type, resource_id from audit_events order by id desc limit 1",
  )) as AuditRow;
}

async function refused(db: Db, who: Who, run: () => Promise<unknown>): Promise<AuditRow> {
  await assert.rejects(run);
  const row = await lastAudit(db);
  assert.equal(row.actor_uid, DEMO_ACCOUNTS[who].uid, "recorded as the caller's");
  return row;
}

describe("where a refused call is recorded", () => {
  test("another tenant naming Acme's shared port: in its own log, not in the port's", async () => {
    const db = await freshDb();
    const row = await refused(db, "globex", () =>
      runOperation(deletePhysicalConnection, caller(db, "globex"), {
        regionId: HZ,
        physicalConnectionId: ACME_PORT,
      }),
    );
    assert.deepEqual(
      [row.action, row.result, row.resource_type, row.resource_id],
      ["DeletePhysicalConnection", "InvalidPhysicalConnectionId.NotFound", null, null],
    );
    const trail = await readAuditTrail(caller(db, "acme"), { regionId: HZ, resourceId: ACME_PORT });
    assert.deepEqual(
      trail.items.filter((item) => item.actor.kind !== "self" && item.actor.kind !== "counterpart"),
      [],
      "nobody but the port's parties in its log",
    );
  });

  test("another partner naming a VBR on China Unicom's circuit: in its own log", async () => {
    const db = await freshDb();
    const row = await refused(db, "equinix", () =>
      runOperation(terminateVirtualBorderRouter, caller(db, "equinix"), {
        regionId: HZ,
        vbrId: DEMO_VBRS.acmeVbrProd,
      }),
    );
    assert.deepEqual([row.resource_type, row.resource_id], [null, null]);
  });

  test("a RAM user, even of the port's tenant, and an ID that does not exist: in the caller's own log", async () => {
    const db = await freshDb();
    const ram = await refused(db, "acmeRam", () =>
      runOperation(terminatePhysicalConnection, caller(db, "acmeRam"), {
        regionId: HZ,
        physicalConnectionId: ACME_PORT,
      }),
    );
    assert.deepEqual([ram.result, ram.resource_id], ["Forbidden.RAM", null]);
    const ghost = await refused(db, "acme", () =>
      runOperation(terminatePhysicalConnection, caller(db, "acme"), {
        regionId: HZ,
        physicalConnectionId: "pc-bp1doesnotexist000000",
      }),
    );
    assert.equal(ghost.resource_id, null);
  });

  test("a party of the resource: on the resource, where its counterpart sees it too", async () => {
    const db = await freshDb();
    // The tenant may not change the VLAN of its port: refused, on the port.
    const tenant = await refused(db, "acme", () =>
      runOperation(updateVirtualPhysicalConnection, caller(db, "acme"), {
        regionId: HZ,
        instanceId: ACME_PORT,
        vlanId: 1999,
      }),
    );
    assert.deepEqual([tenant.resource_type, tenant.resource_id], ["hosted_connection", ACME_PORT]);
    // The circuit's owner may not terminate the VBR of a port its tenant pays for: refused, on the VBR.
    const partner = await refused(db, "unicom", () =>
      runOperation(terminateVirtualBorderRouter, caller(db, "unicom"), {
        regionId: HZ,
        vbrId: DEMO_VBRS.acmeVbrProd,
      }),
    );
    assert.deepEqual([partner.resource_type, partner.resource_id], ["vbr", DEMO_VBRS.acmeVbrProd]);
    const trail = await readAuditTrail(caller(db, "unicom"), { regionId: HZ, resourceId: ACME_PORT });
    assert.equal(trail.items[0]?.result, tenant.result);
    assert.equal(trail.items[0]?.actor.kind, "counterpart");
  });
});
