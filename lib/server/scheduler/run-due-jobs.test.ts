import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { scheduledJobs } from "../../../db/schema";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import type { Job } from "./job";
import { LEASE_MS, runDueJobs } from "./run-due-jobs";

const T0 = new Date("2026-12-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

function counting(name: string, everyMs = 60_000, body: () => Promise<void> = async () => {}) {
  const runs: Date[] = [];
  const job: Job = {
    name,
    everyMs,
    run: async (_db, now) => {
      runs.push(now);
      await body();
    },
  };
  return { job, runs };
}

const rowOf = (db: Db, name: string) =>
  withTransaction(db, "read", (tx) =>
    first(tx.select().from(scheduledJobs).where(eq(scheduledJobs.name, name))),
  );

describe("runDueJobs", () => {
  test("a new job runs at once, then not again until everyMs has passed", async () => {
    const db = await createTestDb({ seed: false });
    const { job, runs } = counting("j");
    assert.deepEqual(await runDueJobs(db, [job], T0, "a"), ["j"]);
    assert.deepEqual(await runDueJobs(db, [job], at(59_999), "a"), []);
    assert.deepEqual(await runDueJobs(db, [job], at(60_000), "a"), ["j"]);
    assert.deepEqual(runs, [T0, at(60_000)]);
    const row = await rowOf(db, "j");
    assert.deepEqual([row?.runs, row?.leaseOwner, row?.nextRunAt], [2, null, at(120_000)]);
  });

  test("a clock moved far ahead runs a job once, not once per missed turn", async () => {
    const db = await createTestDb({ seed: false });
    const { job, runs } = counting("j");
    await runDueJobs(db, [job], T0, "a");
    await runDueJobs(db, [job], at(30 * 24 * 3600_000), "a");
    assert.equal(runs.length, 2);
  });

  test("two processes ticking at once: each due job runs once", async () => {
    const db = await createTestDb({ seed: false });
    const slow = counting("slow", 60_000, () => new Promise((resolve) => setTimeout(resolve, 20)));
    const fast = counting("fast");
    const ticks = await Promise.all(
      ["a", "b", "c"].map((owner) => runDueJobs(db, [slow.job, fast.job], T0, owner)),
    );
    assert.deepEqual(ticks.flat().sort(), ["fast", "slow"]);
    assert.deepEqual([slow.runs.length, fast.runs.length], [1, 1]);
  });

  test("a job whose holder died is taken over once its lease has expired", async () => {
    const db = await createTestDb({ seed: false });
    const { job, runs } = counting("j");
    // Process "dead" claimed the job and never released it.
    await withTransaction(db, "write", (tx) =>
      tx
        .insert(scheduledJobs)
        .values({ name: "j", nextRunAt: T0, leaseOwner: "dead", leaseUntil: at(LEASE_MS) }),
    );
    assert.deepEqual(await runDueJobs(db, [job], at(LEASE_MS - 1), "b"), []);
    assert.deepEqual(await runDueJobs(db, [job], at(LEASE_MS), "b"), ["j"]);
    assert.equal(runs.length, 1);
  });

  test("a job that throws is recorded and retried at its next turn; the others still run", async () => {
    const db = await createTestDb({ seed: false });
    let fail = true;
    const flaky = counting("flaky", 60_000, async () => {
      if (fail) throw new Error("disk full");
    });
    const other = counting("other");
    const quiet = console.error;
    console.error = () => {};
    try {
      assert.deepEqual(await runDueJobs(db, [flaky.job, other.job], T0, "a"), ["flaky", "other"]);
    } finally {
      console.error = quiet;
    }
    assert.match((await rowOf(db, "flaky"))?.lastError ?? "", /disk full/);
    fail = false;
    await runDueJobs(db, [flaky.job, other.job], at(60_000), "a");
    assert.equal((await rowOf(db, "flaky"))?.lastError, null);
    assert.deepEqual([flaky.runs.length, other.runs.length], [2, 2]);
  });
});
