import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { runOperation } from "./operation";
import { recoverPhysicalConnection } from "./recover-physical-connection";
import {
  assertRefusedUnchanged,
  caller,
  DAY_MS,
  freshDb,
  HZ,
  later,
  portRow,
  type Who,
} from "./write-test-helpers";
import { sqlRun } from "../../../db/test/raw-sql";

const backup = { regionId: HZ, instanceId: DEMO_HOSTED_CONNECTIONS.acmeHzBackup };

describe("RecoverPhysicalConnection", () => {
  test("the partner brings a disabled port back to Enabled", async () => {
    const db = await freshDb();
    await runOperation(recoverPhysicalConnection, caller(db, "unicom"), backup);
    assert.equal((await portRow(db, backup.instanceId)).status, "Enabled");
  });

  test("the partner recovers even when the tenant pays (the tenant asks its partner)", async () => {
    const db = await freshDb();
    await sqlRun(
      db,
      "update hosted_connections set order_mode = 'PayByVirtualPhysicalConnectionOwner' where id = ?",
      backup.instanceId,
    );
    await runOperation(recoverPhysicalConnection, caller(db, "unicom"), backup);
    assert.equal((await portRow(db, backup.instanceId)).status, "Enabled");
  });

  test("only a Terminated port", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(recoverPhysicalConnection, caller(db, "unicom"), {
          ...backup,
          instanceId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      "IncorrectStatus.PhysicalConnection",
    );
  });

  test("not once the paid period is over", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      // acme-hz-backup's three paid months end 52 or 53 days after seeding.
      () => runOperation(recoverPhysicalConnection, caller(db, "unicom", later(54 * DAY_MS)), backup),
      "OperationDenied.TerminateVirtualPhysicalConnection",
    );
  });

  test("an unknown port", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(recoverPhysicalConnection, caller(db, "unicom"), {
          ...backup,
          instanceId: "pc-bp1nope",
        }),
      "ResourceNotFound",
    );
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the tenant of the port", "acme", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "globex", "ResourceNotFound"],
      ["another partner", "equinix", "ResourceNotFound"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(recoverPhysicalConnection, caller(db, who), backup),
          key,
        );
      });
    }
  });
});
