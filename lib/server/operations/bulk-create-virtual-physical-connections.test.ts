import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { isDomainError } from "../../domain/errors";
import {
  BulkOutcome,
  type BulkRowResult,
  bulkCreateVirtualPhysicalConnections,
} from "./bulk-create-virtual-physical-connections";
import type { OperationContext } from "./context";
import { createVlanReservation } from "./create-vlan-reservation";
import { runOperation } from "./operation";
import { caller, count, freshDb, HZ, snapshot } from "./write-test-helpers";

const acme = DEMO_ACCOUNTS.acme.uid;
const globex = DEMO_ACCOUNTS.globex.uid;

/** Runs the upload the way the console does; a rolled-back run answers its rows too. */
async function upload(ctx: OperationContext, csv: string, dryRun: boolean): Promise<BulkRowResult[]> {
  try {
    return (
      await runOperation(bulkCreateVirtualPhysicalConnections, ctx, { regionId: HZ, csv, dryRun }, { dryRun })
    ).results;
  } catch (error) {
    if (error instanceof BulkOutcome) return error.results;
    throw error;
  }
}

/** A row's answer without what only a committed run can have (the new port's ID). */
const comparable = (r: BulkRowResult) => (r.ok ? { ...r, id: "" } : r);

const CSV = [
  "accountId,circuit,vlan,spec,payer,name,description,tags",
  `${acme},unicom-hz-01,auto,1G,tenant,bulk-a,,`,
  `${globex},unicom-hz-01,auto,500M,partner,bulk-b,"Rack 4, port 2",env=prod;team=net`,
  `${acme},${DEMO_CIRCUITS.unicomHz02},1700,200M,,,,`,
  `${globex},unicom-hz-01,auto,100M,,,,`,
].join("\n");

describe("BulkCreateVirtualPhysicalConnections", () => {
  test("the dry run and the real run agree row by row, and only the real run creates", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    const before = await snapshot(db);
    const dry = await upload(unicom, CSV, true);
    assert.deepEqual(
      (await snapshot(db)).hosted_connections,
      before.hosted_connections,
      "a dry run creates nothing",
    );
    const real = await upload(unicom, CSV, false);
    assert.deepEqual(real.map(comparable), dry.map(comparable));
    assert.ok(real.every((r) => r.ok));
    assert.equal(await count(db, "hosted_connections"), (before.hosted_connections?.length ?? 0) + 4);
  });

  test("auto VLANs never clash within the file and skip what is in use or reserved for others", async () => {
    const db = await freshDb();
    const unicom = caller(db, "unicom");
    await runOperation(createVlanReservation, unicom, {
      regionId: HZ,
      physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      fromVlanId: 1,
      toVlanId: 10,
      vpconnAliUid: acme,
    });
    const results = await upload(unicom, CSV, true);
    const vlans = results.map((r) => (r.ok ? r.vlanId : null));
    // Acme first takes its own reserved range; Globex may not, and VLANs 101 and 102 are in use.
    assert.deepEqual(vlans, [1, 11, 1700, 12]);
  });

  test("capacity is counted across the file: the row that overflows is refused with its documented code", async () => {
    const db = await freshDb();
    const csv = [
      "accountId,circuit,vlan,spec",
      // unicom-hz-02 holds 10 Gbps, 500 Mbps of it taken by acme-hz-backup.
      `${acme},unicom-hz-02,auto,5G`,
      `${globex},unicom-hz-02,auto,2G`,
      `${acme},unicom-hz-02,auto,5G`,
      `${acme},unicom-hz-02,1900,`,
      `${acme},no-such-circuit,auto,50M`,
    ].join("\n");
    const ctx = caller(db, "unicom");
    const before = await snapshot(db);
    const dry = await upload(ctx, csv, true);
    const real = await upload(ctx, csv, false);
    assert.deepEqual(real.map(comparable), dry.map(comparable));
    assert.deepEqual(
      real.map((r) => (r.ok ? "ok" : r.key)),
      [
        "ok",
        "ok",
        "ResourceNotEnough.Bandwidth",
        "MissingParam.Spec",
        "ResourceNotFound.PhysicalConnectionId",
      ],
    );
    assert.deepEqual(await snapshot(db), before, "a refused row refuses the whole upload");
  });

  test("a file that is no CSV of ports is refused whole, and a tenant may not upload", async () => {
    const db = await freshDb();
    await assert.rejects(
      upload(caller(db, "unicom"), "tenant,circuit\n1,2\n", true),
      (e) => isDomainError(e) && e.key === "InvalidParameter",
    );
    await assert.rejects(
      upload(caller(db, "acme"), CSV, false),
      (e) => isDomainError(e) && e.key === "OperationDenied.CreateVpconn",
    );
  });
});
