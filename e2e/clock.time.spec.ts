import { expect, test } from "@playwright/test";

// The test clock (TEST_CLOCK=1): moves every server process's time forward and runs what falls due.
test("moving the clock forward runs the jobs that fall due, at once", async ({ request }) => {
  const before = Date.now();
  const moved = await request.post("/api/test/clock", { data: { advanceMs: 60_000 } });
  expect(moved.status()).toBe(200);
  const body = (await moved.json()) as { now: string; offsetMs: number; ran: string[] };
  expect(body.offsetMs).toBeGreaterThanOrEqual(60_000);
  expect(new Date(body.now).getTime()).toBeGreaterThanOrEqual(before + 60_000);
  expect(body.ran).toContain("settle-intermediate-statuses");
});

test("the clock refuses to move back, or by anything but milliseconds", async ({ request }) => {
  for (const data of [{ advanceMs: -1 }, { advanceMs: "1d" }, { advanceMs: 1, extra: true }]) {
    expect((await request.post("/api/test/clock", { data })).status()).toBe(400);
  }
});
