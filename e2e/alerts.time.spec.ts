// An alert rule made in the console fires on the traffic stored for its port once the clock has moved past
// its period, and the console shows the Alarm, its history and the notification's source. The traffic is
// written as the ingest stores it (raw minutes), so the spec does not depend on the demo generator.
import Database from "better-sqlite3";
import { detailUrl, expect, idOf, logOn, REGIONS, rowOf, SHARED_PORTS, test, USERS } from "./fixtures";

const HZ = REGIONS.hangzhou.id;
const MINUTE = 60_000;

/** Adds `bytesIn` to the port's raw minutes from `fromMs`, for `minutes` minutes. */
function storeInboundTraffic(portId: string, fromMs: number, minutes: number, bytesIn: number): void {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const db = new Database(file, { fileMustExist: true });
  try {
    const upsert = db.prepare(
      `insert into traffic_samples (instance_id, resolution_seconds, bucket_start, bytes_in, rollup_pending)
       values (?, 60, ?, ?, 1)
       on conflict (instance_id, resolution_seconds, bucket_start)
       do update set bytes_in = bytes_in + excluded.bytes_in, rollup_pending = 1`,
    );
    for (let m = 0; m < minutes; m++) upsert.run(portId, fromMs + m * MINUTE, bytesIn);
  } finally {
    db.close();
  }
}

test("a rule created in the console goes to Alarm when its port's traffic crosses the threshold", async ({
  page,
  request,
}) => {
  // A rule made in a dialog, the clock moved, the page reloaded: more than the default 30 s on a loaded machine.
  test.setTimeout(90_000);
  const portId = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
  await logOn(page, USERS.acme.email);
  await page.goto(`${detailUrl(HZ, portId)}?tab=alerts`);
  await page
    .getByRole("button", { name: `Create Alert Rule for Shared port ${SHARED_PORTS.acmeHzProd}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Create Alert Rule" });
  await dialog.getByLabel("Rule Name").fill("e2e time inbound");
  await dialog.getByLabel("Threshold").fill("100000000");
  await dialog.getByLabel("Consecutive Periods").fill("1");
  await dialog.getByRole("button", { name: "Create" }).click();
  await page
    .getByRole("dialog", { name: "Webhook Signing Secret" })
    .getByRole("button", { name: "Done" })
    .click();
  const rules = page.getByRole("table", { name: `Alert rules of Shared port ${SHARED_PORTS.acmeHzProd}` });
  await expect(rowOf(rules, "e2e time inbound")).toContainText("Insufficient Data");

  // The server's time now (the test clock may have moved already): 10 Gbit/s for the next minutes.
  const clock = (await (await request.post("/api/test/clock", { data: { advanceMs: 0 } })).json()) as {
    now: string;
  };
  const minuteStart = Math.floor(new Date(clock.now).getTime() / MINUTE) * MINUTE;
  storeInboundTraffic(portId, minuteStart, 3, 75_000_000_000);
  // Past the period and the evaluation's grace: the evaluator job falls due and runs.
  const moved = await request.post("/api/test/clock", { data: { advanceMs: 4 * MINUTE } });
  expect(((await moved.json()) as { ran: string[] }).ran).toContain("evaluate-alerts");

  await page.reload();
  await expect(rowOf(rules, "e2e time inbound")).toContainText("Alarm");
  // Newest first: the change to Alarm (from OK or Insufficient Data, whatever the minute before held).
  const history = page.getByRole("table", { name: /Alert history of Shared port/ });
  await expect(rowOf(history, "e2e time inbound").first()).toContainText("→ Alarm");
});
