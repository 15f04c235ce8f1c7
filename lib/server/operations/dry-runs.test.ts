// DryRun answers like the real call without changing anything, so it could classify any account ID
// silently. Every dry run is recorded in the caller's own log, and a caller gets DRY_RUN_LIMIT of them.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../../db/client";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { createSharedTestDbs } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { handleRpc } from "../api/handler";
import { acs3Request, bodyOf } from "../api/test-requests";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { DRY_RUN_LIMIT } from "./dry-runs";
import { runOperation } from "./operation";
import {
  assertRefused,
  assertRefusedUnchanged,
  caller,
  count,
  freshDb,
  HZ,
  later,
  NOW,
  row,
} from "./write-test-helpers";
import { sqlAll } from "../../../db/test/raw-sql";

const offer = (vpconnAliUid: string, vlanId = 1000) => ({
  regionId: HZ,
  physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
  vpconnAliUid,
  vlanId,
  spec: "50M",
});

type AuditRow = {
  actor_uid: string;
  action: string;
  result: string;
  resource_id: string | null;
  dry_run: number;
};
const audits = (db: Db) =>
  sqlAll<AuditRow>(
    db,
    "select actor_uid, action, result, resource_id, dry_run from audit_events order by id",
  );

function dryRun(db: Db, input: unknown, now = NOW) {
  return runOperation(createVirtualPhysicalConnection, caller(db, "unicom", now), input, { dryRun: true });
}

describe("DryRun is audited", () => {
  test("a passing dry run is recorded in the caller's own log, and changes nothing else", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(db, () => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid)), "DryRunOperation");
    assert.deepEqual(await audits(db), [
      {
        actor_uid: DEMO_ACCOUNTS.unicom.uid,
        action: "CreateVirtualPhysicalConnection",
        result: "DryRunOperation",
        resource_id: null,
        dry_run: 1,
      },
    ]);
  });

  test("classifying account IDs by dry run leaves each answer in the caller's log", async () => {
    const db = await freshDb();
    const probes: Array<[string, string]> = [
      [DEMO_ACCOUNTS.acmeRam.uid, "Forbidden.VpconnAliUid"],
      [DEMO_ACCOUNTS.initech.uid, "OperationDenied.CrossSite"],
      [DEMO_ACCOUNTS.equinix.uid, "Forbidden.VpconnAliUid"],
      ["1299999999999999", "IllegalParam.VpconnAliUid"],
    ];
    for (const [uid] of probes) await assert.rejects(dryRun(db, offer(uid)));
    await assert.rejects(dryRun(db, { ...offer(DEMO_ACCOUNTS.acme.uid), vlanId: "x" }));
    const rows = await audits(db);
    assert.equal(rows.length, probes.length + 1);
    for (const r of rows) {
      assert.deepEqual(
        [r.actor_uid, r.action, r.resource_id, r.dry_run],
        [DEMO_ACCOUNTS.unicom.uid, "CreateVirtualPhysicalConnection", null, 1],
      );
      assert.notEqual(r.result, "DryRunOperation", "each probe was refused, and says with what");
    }
    assert.deepEqual(
      rows.map((r) => r.result),
      [...probes.map(([, code]) => code), "InvalidVlanId.Malformed"],
    );
  });
});

describe(`DryRun is limited to ${DRY_RUN_LIMIT.max} per caller per ${DRY_RUN_LIMIT.windowMs / 60_000} minutes`, () => {
  test("the next one is refused with Throttling.User until the window has passed; real calls go on", async () => {
    const db = await freshDb();
    for (let i = 0; i < DRY_RUN_LIMIT.max; i += 1) {
      await assertRefused(() => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid)), "DryRunOperation");
    }
    await assertRefused(() => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid)), "Throttling.User");
    // Refused dry runs do not extend the wait.
    await assertRefused(() => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid), later(1000)), "Throttling.User");
    assert.equal(
      (
        await row<{ n: number }>(
          db,
          "select count(*) as n from audit_events where result = 'Throttling.User' and dry_run = true",
        )
      ).n,
      2,
    );
    // Another caller, and the same caller's real calls, are not throttled.
    await assertRefused(
      () =>
        runOperation(createVirtualPhysicalConnection, caller(db, "equinix"), offer(DEMO_ACCOUNTS.acme.uid), {
          dryRun: true,
        }),
      "ResourceNotFound.PhysicalConnectionId",
    );
    await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), offer(DEMO_ACCOUNTS.acme.uid));
    await assertRefused(
      () => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid, 1001), later(DRY_RUN_LIMIT.windowMs - 1)),
      "Throttling.User",
    );
    await assertRefused(
      () => dryRun(db, offer(DEMO_ACCOUNTS.acme.uid, 1001), later(DRY_RUN_LIMIT.windowMs)),
      "DryRunOperation",
    );
  });

  test("the count is in the database, so every server process shares it", async () => {
    const {
      dbs: [first, second],
      close,
    } = await createSharedTestDbs({ now: NOW });
    try {
      for (let i = 0; i < DRY_RUN_LIMIT.max; i += 1) {
        await assertRefused(
          () => dryRun(i % 2 === 0 ? first : second, offer(DEMO_ACCOUNTS.acme.uid)),
          "DryRunOperation",
        );
      }
      await assertRefused(() => dryRun(second, offer(DEMO_ACCOUNTS.acme.uid)), "Throttling.User");
      await assertRefused(() => dryRun(first, offer(DEMO_ACCOUNTS.acme.uid)), "Throttling.User");
      assert.equal(await count(first, "audit_events"), DRY_RUN_LIMIT.max + 2);
    } finally {
      await close();
    }
  });

  test("over the API the refusal is Alibaba's flow-control answer", async () => {
    const db = await freshDb();
    const keys = await ensureDemoAccessKeys(db, NOW);
    const key = keys.find((k) => k.accountUid === DEMO_ACCOUNTS.unicom.uid);
    assert.ok(key);
    const params = {
      RegionId: HZ,
      PhysicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
      VlanId: "1000",
      Spec: "50M",
      DryRun: "true",
    };
    // One call a second, so the per-AccessKey request rate (lib/server/access-keys/rate-limit.ts) never bites.
    const call = async (second: number) => {
      const at = later(second * 1000);
      const answer = await handleRpc(
        acs3Request({ action: "CreateVirtualPhysicalConnection", params, key, date: at }),
        db,
        at,
      );
      const body = bodyOf(answer);
      return [answer.status, body.Code, body.Message];
    };
    for (let i = 0; i < DRY_RUN_LIMIT.max; i += 1) {
      assert.deepEqual((await call(i)).slice(0, 2), [400, "DryRunOperation"]);
    }
    assert.deepEqual(await call(DRY_RUN_LIMIT.max), [
      400,
      "Throttling.User",
      "Request was denied due to user flow control.",
    ]);
  });
});
