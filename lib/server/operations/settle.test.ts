import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { withTransaction } from "../../../db/transaction";
import { settleDue } from "./settle";
import { freshDb, later, NOW, portRow, row, SETTLE_MS, snapshot, vbrRow } from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

async function enter(db: Db, table: "hosted_connections" | "vbrs", id: string, status: string) {
  await sqlRun(db, `update ${table} set status = ?, status_changed_at = ? where id = ?`, status, NOW, id);
}

function settleAt(db: Db, at: Date): Promise<void> {
  return withTransaction(db, "write", (tx) => settleDue(tx, at));
}

describe("settleDue", () => {
  test("nothing due changes nothing", async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    await settleAt(db, later(365 * 24 * 60 * 60 * 1000));
    assert.deepEqual(await snapshot(db), before);
  });

  test("Terminating settles to Terminated exactly ASYNC_SETTLE_SECONDS after it was entered", async () => {
    const db = await freshDb();
    await enter(db, "hosted_connections", DEMO_HOSTED_CONNECTIONS.acmeHzProd, "Terminating");
    await settleAt(db, later(SETTLE_MS - 1));
    assert.equal((await portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd)).status, "Terminating");
    await settleAt(db, later(SETTLE_MS));
    assert.equal((await portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd)).status, "Terminated");
  });

  test("terminating → terminated, recovering → active", async () => {
    const db = await freshDb();
    await enter(db, "vbrs", DEMO_VBRS.acmeVbrProd, "terminating");
    await enter(db, "vbrs", DEMO_VBRS.globexLegacy, "recovering");
    await settleAt(db, later(SETTLE_MS));
    assert.equal((await vbrRow(db, DEMO_VBRS.acmeVbrProd))?.status, "terminated");
    assert.equal((await vbrRow(db, DEMO_VBRS.globexLegacy))?.status, "active");
  });

  test("deleting removes the VBR and its tags; the VLAN is freed only when nothing else holds it", async () => {
    const db = await freshDb();
    await sqlRun(
      db,
      "insert into tags (resource_type, resource_id, key, value) values ('vbr', ?, 'team', 'net')",
      DEMO_VBRS.globexLegacy,
    );
    await enter(db, "vbrs", DEMO_VBRS.acmeVbrProd, "deleting");
    await enter(db, "vbrs", DEMO_VBRS.globexLegacy, "deleting");
    await settleAt(db, later(SETTLE_MS));
    assert.equal(await vbrRow(db, DEMO_VBRS.acmeVbrProd), undefined);
    assert.equal(await vbrRow(db, DEMO_VBRS.globexLegacy), undefined);
    assert.equal((await row<{ n: number }>(db, "select count(*) n from tags")).n, 0);
    assert.equal(
      (await portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd)).vlan_id,
      101,
      "the shared port keeps its VLAN",
    );
    assert.equal(
      (await row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = 202")).n,
      0,
    );
  });
});
