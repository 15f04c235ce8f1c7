// Per-AccessKey flow control: the count is in the database, so processes sharing it share the limit,
// on SQLite and on PostgreSQL; the official SDK sees Alibaba's Throttling.User.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Db, PgDb } from "../../../db/client";
import { openPgDb } from "../../../db/postgres";
import * as pgSchema from "../../../db/schema-pg";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import {
  createPgTestDb,
  createSharedTestDbs,
  createTestDb,
  postgresSkipReason,
} from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from ".";
import { handleRpc } from "../api/handler";
import { API_RATE_LIMIT, admitApiCall } from "./rate-limit";
import { sdkClient, vpc } from "../api/sdk-client";
import { acs3Request, bodyOf, rpcV1Request } from "../api/test-requests";
import { startRpcServer } from "../api/test-server";

const NOW = new Date("2026-12-03T10:00:00.250Z");
const LIMIT = API_RATE_LIMIT.requestsPerWindow;
const at = (ms: number) => new Date(NOW.getTime() + ms);
// The server code types its handle as SQLite's and reads the dialect at run time (db/transaction.ts).
const asServerDb = (db: PgDb) => db as unknown as Db;

/** An AccessKey row for the counts to hang off; its secret is never used here. */
async function pgAccessKey(db: PgDb): Promise<string> {
  const id = "LTAIratelimitpg000000001";
  await db
    .insert(pgSchema.accessKeys)
    .values({ id, accountUid: DEMO_ACCOUNTS.unicom.uid, secretCiphertext: "unused", createdAt: NOW });
  return id;
}

async function keyOf(db: Db, uid: string) {
  const key = (await ensureDemoAccessKeys(db, NOW)).find((k) => k.accountUid === uid);
  assert.ok(key, uid);
  return key;
}

/** Calls from two server processes, alternately, until the limit; then both refuse until the window turns. */
async function sharedAcrossProcesses(first: Db, second: Db, accessKeyId: string) {
  for (let i = 0; i < LIMIT; i += 1) {
    assert.deepEqual(
      await admitApiCall(i % 2 ? first : second, accessKeyId, NOW),
      { admitted: true },
      `call ${i}`,
    );
  }
  assert.deepEqual(await admitApiCall(first, accessKeyId, NOW), { admitted: false, retryAfterMs: 750 });
  assert.deepEqual(await admitApiCall(second, accessKeyId, at(700)), { admitted: false, retryAfterMs: 50 });
  assert.deepEqual(await admitApiCall(second, accessKeyId, at(750)), { admitted: true });
}

describe("API flow control", () => {
  test("two processes on one database share one AccessKey's count", async () => {
    const { dbs, close } = await createSharedTestDbs({ now: NOW });
    const [first, second] = dbs;
    try {
      const key = await keyOf(first, DEMO_ACCOUNTS.unicom.uid);
      await sharedAcrossProcesses(first, second, key.accessKeyId);
      const other = await keyOf(first, DEMO_ACCOUNTS.acme.uid);
      assert.deepEqual(await admitApiCall(first, other.accessKeyId, NOW), { admitted: true }, "per key");
    } finally {
      await close();
    }
  });

  const skip = postgresSkipReason();
  test("PostgreSQL: two pools on one database share the count", { skip }, async () => {
    const { db, url, drop } = await createPgTestDb({ now: NOW });
    const second = await openPgDb(url);
    try {
      await sharedAcrossProcesses(asServerDb(db), asServerDb(second), await pgAccessKey(db));
    } finally {
      await second.$client.end();
      await drop();
    }
  });

  test("PostgreSQL: parallel calls are counted exactly", { skip }, async () => {
    const { db, drop } = await createPgTestDb({ now: NOW });
    try {
      const accessKeyId = await pgAccessKey(db);
      const answers = await Promise.all(
        Array.from({ length: LIMIT + 20 }, () => admitApiCall(asServerDb(db), accessKeyId, NOW)),
      );
      assert.equal(answers.filter((a) => a.admitted).length, LIMIT);
    } finally {
      await drop();
    }
  });

  test("over the wire: 400 Throttling.User with the wait in x-acs-retry-after, for both signatures", async () => {
    const db = await createTestDb({ now: NOW });
    const key = await keyOf(db, DEMO_ACCOUNTS.unicom.uid);
    const call = async (sign: typeof acs3Request, now: Date) => {
      const answer = await handleRpc(sign({ action: "DescribeRegions", key, date: now }), db, now);
      return { status: answer.status, body: bodyOf(answer), retryAfter: answer.headers["x-acs-retry-after"] };
    };
    for (let i = 0; i < LIMIT; i += 1)
      assert.equal((await call(i % 2 ? acs3Request : rpcV1Request, NOW)).status, 200);
    const refused = await call(rpcV1Request, at(500));
    assert.deepEqual(
      [refused.status, refused.body.Code, refused.body.Message, refused.retryAfter],
      [400, "Throttling.User", "Request was denied due to user flow control.", "250"],
    );
    assert.equal((await call(acs3Request, at(750))).status, 200, "the next second admits again");
  });

  test("300 parallel calls through the official SDK: the limit is answered, the rest are throttled", async () => {
    const db = await createTestDb({ now: NOW });
    const key = await keyOf(db, DEMO_ACCOUNTS.unicom.uid);
    // The server clock stands still (at the real time, which the SDK signs), so all 300 fall into one
    // window whatever the machine's speed.
    const frozen = new Date();
    const server = await startRpcServer(db, () => frozen);
    after(() => server.close());
    // A loaded machine may take longer than the SDK's default timeouts to reach and answer the last of 300.
    const client = sdkClient(server.endpoint, key, "ACS3", { readTimeout: 60_000, connectTimeout: 60_000 });
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, () =>
        client.describeRegions(new vpc.DescribeRegionsRequest({})).then(
          () => "OK",
          (error: { code?: string; statusCode?: number; name?: string }) =>
            `${error.statusCode} ${error.code} ${error.name}`,
        ),
      ),
    );
    const tally = new Map<string, number>();
    for (const outcome of outcomes) tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(tally), {
      OK: LIMIT,
      "400 Throttling.User ThrottlingError": 300 - LIMIT,
    });
  });
});
