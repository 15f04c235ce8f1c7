import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { createTestDb } from "../../../db/test/test-db";
import { clockOffsetMs, now, setClockOffsetMs } from "../clock";
import { advanceClock, loadClockOffset } from "./clock-sync";

afterEach(() => setClockOffsetMs(0));

test("moving the clock moves now() and is stored for every other process", async () => {
  const db = await createTestDb({ seed: false });
  const before = now().getTime();
  assert.equal(await advanceClock(db, 3_600_000), 3_600_000);
  assert.equal(await advanceClock(db, 1_000), 3_601_000);
  assert.ok(now().getTime() - before >= 3_601_000);
  setClockOffsetMs(0); // another process, still at the machine's time
  await loadClockOffset(db);
  assert.equal(clockOffsetMs(), 3_601_000);
});

test("the clock never moves back", async () => {
  const db = await createTestDb({ seed: false });
  await assert.rejects(advanceClock(db, -1), RangeError);
  await assert.rejects(advanceClock(db, 1.5), RangeError);
});
