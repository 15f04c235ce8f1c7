import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { describeRegions } from "./describe-regions";
import { runOperation } from "./operation";
import { terminatePhysicalConnection } from "./terminate-physical-connection";
import {
  assertRefusedUnchanged,
  caller,
  freshDb,
  HZ,
  later,
  livePort,
  NOW,
  portRow,
  type Who,
} from "./write-test-helpers";

describe("TerminatePhysicalConnection", () => {
  test("the tenant stops its port: Terminating, then Terminated once settled", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    await runOperation(terminatePhysicalConnection, caller(db, "acme"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    const stopping = await portRow(db, id);
    assert.deepEqual([stopping.status, stopping.status_changed_at], ["Terminating", NOW.getTime()]);
    await runOperation(describeRegions, caller(db, "acme", later(1000)), {});
    assert.equal((await portRow(db, id)).status, "Terminating");
    await runOperation(describeRegions, caller(db, "acme", later(2000)), {});
    assert.equal(
      (await portRow(db, id)).status,
      "Terminated",
      "settled by the next operation, whatever it is",
    );
    assert.equal((await portRow(db, id)).paid, 1, "a disabled port is still billed");
  });

  test("the partner may stop a port it pays for", async () => {
    const db = await freshDb();
    const id = await livePort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    await runOperation(terminatePhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: id,
    });
    assert.equal((await portRow(db, id)).status, "Terminating");
  });

  test("refused while a VBR is on the port", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(terminatePhysicalConnection, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      "Forbidden.VBRExists",
    );
  });

  test("only an Enabled port", async () => {
    const db = await freshDb();
    for (const [who, id] of [
      ["globex", DEMO_HOSTED_CONNECTIONS.globexOffer],
      ["acme", DEMO_HOSTED_CONNECTIONS.acmeHzBackup],
    ] as const)
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(terminatePhysicalConnection, caller(db, who), {
            regionId: HZ,
            physicalConnectionId: id,
          }),
        "Forbidden.NotAllowedInState",
      );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the partner when the tenant pays", "unicom", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "globex", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["another partner", "equinix", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        const id = await livePort(db);
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(terminatePhysicalConnection, caller(db, who), {
              regionId: HZ,
              physicalConnectionId: id,
            }),
          key,
        );
      });
    }
  });
});
