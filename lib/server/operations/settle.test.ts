import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { withTransaction } from "../../../db/transaction";
import { settleDue } from "./settle";
import { freshDb, later, NOW, portRow, row, SETTLE_MS, snapshot, vbrRow } from "./write-test-helpers";

function enter(
  db: ReturnType<typeof freshDb>,
  table: "hosted_connections" | "vbrs",
  id: string,
  status: string,
) {
  db.$client
    .prepare(`update ${table} set status = ?, status_changed_at = ? where id = ?`)
    .run(status, NOW.getTime(), id);
}

function settleAt(db: ReturnType<typeof freshDb>, at: Date): Promise<void> {
  return withTransaction(db, "write", (tx) => settleDue(tx, at));
}

describe("settleDue", () => {
  test("nothing due changes nothing", async () => {
    const db = await freshDb();
    const before = snapshot(db);
    await settleAt(db, later(365 * 24 * 60 * 60 * 1000));
    assert.deepEqual(snapshot(db), before);
  });

  test("Terminating settles to Terminated exactly ASYNC_SETTLE_SECONDS after it was entered", async () => {
    const db = await freshDb();
    enter(db, "hosted_connections", DEMO_HOSTED_CONNECTIONS.acmeHzProd, "Terminating");
    await settleAt(db, later(SETTLE_MS - 1));
    assert.equal(portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd).status, "Terminating");
    await settleAt(db, later(SETTLE_MS));
    assert.equal(portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd).status, "Terminated");
  });

  test("terminating → terminated, recovering → active", async () => {
    const db = await freshDb();
    enter(db, "vbrs", DEMO_VBRS.acmeVbrProd, "terminating");
    enter(db, "vbrs", DEMO_VBRS.globexLegacy, "recovering");
    await settleAt(db, later(SETTLE_MS));
    assert.equal(vbrRow(db, DEMO_VBRS.acmeVbrProd)?.status, "terminated");
    assert.equal(vbrRow(db, DEMO_VBRS.globexLegacy)?.status, "active");
  });

  test("deleting removes the VBR and its tags; the VLAN is freed only when nothing else holds it", async () => {
    const db = await freshDb();
    db.$client
      .prepare("insert into tags (resource_type, resource_id, key, value) values ('vbr', ?, 'team', 'net')")
      .run(DEMO_VBRS.globexLegacy);
    enter(db, "vbrs", DEMO_VBRS.acmeVbrProd, "deleting");
    enter(db, "vbrs", DEMO_VBRS.globexLegacy, "deleting");
    await settleAt(db, later(SETTLE_MS));
    assert.equal(vbrRow(db, DEMO_VBRS.acmeVbrProd), undefined);
    assert.equal(vbrRow(db, DEMO_VBRS.globexLegacy), undefined);
    assert.equal(row<{ n: number }>(db, "select count(*) n from tags").n, 0);
    assert.equal(
      portRow(db, DEMO_HOSTED_CONNECTIONS.acmeHzProd).vlan_id,
      101,
      "the shared port keeps its VLAN",
    );
    assert.equal(row<{ n: number }>(db, "select count(*) n from vlan_allocations where vlan_id = 202").n, 0);
  });
});
